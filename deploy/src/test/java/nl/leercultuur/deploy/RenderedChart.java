package nl.leercultuur.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.marcnuri.helm.Helm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The chart as the build prepared it (target/helm/leercultuur: the sources plus the realm file), rendered offline with
 * helm-java (Helm's own template engine, no cluster) for one values file, as a list of objects. Each profile is rendered
 * once per test run.
 */
public final class RenderedChart {

    public static final String RELEASE = "leercultuur";
    public static final String NAMESPACE = "leercultuur";
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    public static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, RenderedChart> CACHE = new ConcurrentHashMap<>();

    public final String profile;
    public final String manifest;
    public final List<ObjectNode> objects;

    private RenderedChart(String profile, String manifest, List<ObjectNode> objects) {
        this.profile = profile;
        this.manifest = manifest;
        this.objects = objects;
    }

    /** The chart rendered with values-{@code profile}.yaml on top of values.yaml. */
    public static RenderedChart of(String profile) {
        return CACHE.computeIfAbsent(profile, p -> {
            RenderedChart c = render(p, Map.of());
            try { // for the reader: what the tests checked (target/rendered/<profile>.yaml)
                Path out = chartDir().getParent().getParent().resolve("rendered").resolve(p + ".yaml");
                Files.createDirectories(out.getParent());
                Files.writeString(out, c.manifest);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return c;
        });
    }

    public static List<String> profiles() {
        return List.of("dev", "prod");
    }

    /** Renders with extra --set values (not cached). */
    public static RenderedChart render(String profile, Map<String, Object> sets) {
        var cmd = new Helm(chartDir()).template()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .withKubeVersion("1.31.0")
                .withValuesFile(chartDir().resolve("values-" + profile + ".yaml"));
        sets.forEach(cmd::set);
        String manifest = cmd.call();
        return new RenderedChart(profile, manifest, parse(manifest));
    }

    static List<ObjectNode> parse(String manifest) {
        List<ObjectNode> out = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(manifest)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode n = it.next();
                if (n == null || n.isNull() || n.isMissingNode() || n.isEmpty()) {
                    continue;
                }
                out.add((ObjectNode) n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static Path chartDir() {
        return Path.of(System.getProperty("chart.dir", "target/helm/leercultuur"));
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    }

    public Stream<ObjectNode> kind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    public ObjectNode one(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(profile + ": no " + kind + " " + name));
    }

    public Optional<ObjectNode> find(String kind, String name) {
        return kind(kind).filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst();
    }

    public static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }

    public static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + name(o);
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
