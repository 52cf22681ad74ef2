package nl.leercultuur.contracts.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The AsyncAPI document as the official JavaScript parser reads it (@asyncapi/parser 3, what AsyncAPI's code
 * generators and documentation tools use): it parses, and no diagnostic is an error (warnings and hints are listed);
 * the same check on the document as the issue found it (the headers schema one level too high) counts its 4 errors.
 * Needs Node.js and npm (scripts/ensure-node.sh installs Debian's); the parser is installed once from the npm registry
 * into ~/.cache/leercultuur/asyncapi-parser (outside the repository, shared by every clone) and reused after.
 */
class AsyncApiOfficialParserTest {

    static final String PARSER_VERSION = "3.6.6";
    static final Path CACHE = Path.of(System.getProperty("leercultuur.asyncapi-parser.dir",
            System.getProperty("user.home") + "/.cache/leercultuur/asyncapi-parser"));
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, List<String> out, String err) {
    }

    /** What the parser says of a document: its errors, and whether it gave a document. */
    record Diagnosis(List<String> errors, int diagnostics, boolean parsed) {
    }

    @Test
    void theOfficialParserReadsTheDocumentWithoutErrors() throws Exception {
        Diagnosis d = diagnose(Path.of(getClass().getClassLoader().getResource("events/asyncapi.yaml").toURI())); // the schemas beside it
        assertEquals(List.of(), d.errors(), "@asyncapi/parser " + PARSER_VERSION + " finds errors in events/asyncapi.yaml");
        assertTrue(d.parsed(), "the parser gave no document");
        System.out.printf("[asyncapi-parser %s] events/asyncapi.yaml parsed, %d diagnostics, 0 errors%n", PARSER_VERSION, d.diagnostics());
    }

    /** The check catches what the issue found: the headers schema's body one level too high gave 4 errors. */
    @Test
    void theHeadersSchemaOneLevelTooHighIsFourErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path events = Path.of(getClass().getClassLoader().getResource("events/asyncapi.yaml").toURI()).getParent();
        try (var files = Files.list(events)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        List<String> lines = new ArrayList<>();
        boolean inHeaders = false;
        for (String line : Files.readAllLines(dir.resolve("asyncapi.yaml"))) {
            int indent = line.length() - line.stripLeading().length();
            if (inHeaders && !line.isBlank() && indent <= 4) {
                inHeaders = false;
            }
            lines.add(inHeaders && !line.isBlank() ? line.substring(2) : line);
            inHeaders |= line.equals("    cloudEventHeaders:");
        }
        Files.write(dir.resolve("asyncapi.yaml"), lines);
        Diagnosis d = diagnose(dir.resolve("asyncapi.yaml"));
        assertEquals(4, d.errors().size(), d.errors().toString());
        assertTrue(!d.parsed(), "no document from a broken one");
    }

    static Diagnosis diagnose(Path document) throws Exception {
        requireNode();
        Path parser = installedParser();
        Path script = Path.of(AsyncApiOfficialParserTest.class.getClassLoader().getResource("asyncapi-official-parse.cjs").toURI());
        Run run = run(List.of("node", script.toString(), parser.toString(), document.toString()), Duration.ofMinutes(2));
        assertEquals(0, run.exit(), "the parser failed: " + run.err());
        List<String> errors = new ArrayList<>();
        boolean parsed = false;
        int diagnostics = 0;
        for (String line : run.out()) {
            JsonNode d = JSON.readTree(line);
            if (d.has("parsed")) {
                parsed = d.get("parsed").asBoolean();
                continue;
            }
            diagnostics++;
            String text = d.path("code").asText() + " at " + d.path("path").asText() + ": " + d.path("message").asText();
            System.out.println("[asyncapi-parser " + PARSER_VERSION + "] " + document.getFileName() + ": "
                    + severity(d.path("severity").asInt()) + " " + text);
            if (d.path("severity").asInt() == 0) {
                errors.add(text);
            }
        }
        return new Diagnosis(errors, diagnostics, parsed);
    }

    static String severity(int s) {
        return switch (s) {
            case 0 -> "error";
            case 1 -> "warning";
            case 2 -> "information";
            default -> "hint";
        };
    }

    static void requireNode() {
        for (String tool : List.of("node", "npm")) {
            try {
                Run r = run(List.of(tool, "--version"), Duration.ofSeconds(60));
                assertEquals(0, r.exit(), tool + " --version: " + r.err());
            } catch (IOException e) {
                fail(tool + " is not installed: run scripts/ensure-node.sh (installs Debian's nodejs and npm) — the "
                        + "AsyncAPI document is checked with the official parser, which runs on Node.js (" + e.getMessage() + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /** The parser's module directory, installed once (one build at a time: a lock beside the cache). */
    static Path installedParser() throws Exception {
        Path module = CACHE.resolve("node_modules/@asyncapi/parser");
        Files.createDirectories(CACHE);
        try (FileChannel channel = FileChannel.open(CACHE.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            if (!PARSER_VERSION.equals(installedVersion(module))) {
                Run r = run(List.of("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error",
                        "--prefix", CACHE.toString(), "@asyncapi/parser@" + PARSER_VERSION), Duration.ofMinutes(5));
                assertEquals(0, r.exit(), "npm install @asyncapi/parser@" + PARSER_VERSION + " into " + CACHE + " failed: "
                        + String.join("\n", r.out()) + r.err());
                assertEquals(PARSER_VERSION, installedVersion(module), "installed into " + CACHE);
            }
        }
        return module;
    }

    static String installedVersion(Path module) throws IOException {
        Path pkg = module.resolve("package.json");
        return Files.isRegularFile(pkg) ? JSON.readTree(pkg.toFile()).path("version").asText() : null;
    }

    static Run run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path err = Files.createTempFile("asyncapi-parser", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            p.getOutputStream().close();
            List<String> out = new ArrayList<>();
            Thread reader = new Thread(() -> {
                try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    lines.lines().filter(l -> !l.isBlank()).forEach(out::add);
                } catch (IOException e) {
                    // the process went away; its exit code says so
                }
            });
            reader.start();
            if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(String.join(" ", command) + " did not finish within " + timeout);
            }
            reader.join();
            return new Run(p.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
