package nl.leercultuur.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout rules every service is held to, checked by its ArchitectureTest in the build:
 * <ul>
 *   <li>feature packages ({@code nl.leercultuur.<service>.<feature>}) import downward only: no cycles between them;</li>
 *   <li>REST resources stay thin: they do not touch persistence (no EntityManager, data source or Panache call on an
 *       entity), a service class does;</li>
 *   <li>no native query result is read by column position ({@code r[N]}): rows are read by name (Tuple, aliases) or
 *       into records, so adding a column cannot shift a value into the wrong field.</li>
 * </ul>
 */
public final class ArchitectureRules {

    /** An index into an Object[] query row: {@code r[N]}, {@code row[N]}. */
    private static final Pattern POSITIONAL = Pattern.compile("\\b(r|row|cols|tuple)\\[[0-9]+\\]");

    private ArchitectureRules() {
    }

    /** The main classes of one service (tests and libraries left out). */
    public static JavaClasses mainClassesOf(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(rootPackage);
    }

    public static void featurePackagesAreFreeOfCycles(String rootPackage, JavaClasses classes) {
        slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    public static void resourcesDoNotTouchPersistence(JavaClasses classes) {
        DescribedPredicate<JavaMethodCall> entityPersistence = new DescribedPredicate<>("a Panache entity's method") {
            @Override
            public boolean test(JavaMethodCall call) {
                JavaClass owner = call.getTargetOwner();
                return owner.isAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase");
            }
        };
        noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.agroal.api.AgroalDataSource")
                .orShould().callMethodWhere(entityPersistence)
                .because("resources are thin: queries and changes belong in the feature's service")
                .check(classes);
    }

    /** Lines of main Java sources under {@code srcMain} that read a query row by position, e.g. {@code r[N]}. */
    public static List<String> positionalReads(Path srcMain) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(srcMain)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (POSITIONAL.matcher(line).find() && !line.strip().startsWith("*") && !line.strip().startsWith("//")) {
                        found.add(srcMain.relativize(f) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
