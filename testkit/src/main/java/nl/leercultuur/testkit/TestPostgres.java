package nl.leercultuur.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL for tests. Uses the machine's server (started and given a test role by
 * {@code scripts/ensure-postgres.sh} when needed); where no server can be had, falls back to an embedded
 * PostgreSQL. Every call to {@link #freshDatabase} creates a new, empty database.
 */
public final class TestPostgres {

    public static final String HOST = env("LC_TEST_PG_HOST", "127.0.0.1");
    public static final int PORT = Integer.parseInt(env("LC_TEST_PG_PORT", "5432"));
    public static final String USER = env("LC_TEST_PG_USER", "leercultuur_test");
    public static final String PASSWORD = env("LC_TEST_PG_PASSWORD", "leercultuur_test");

    private static Server server;

    public record Server(String host, int port, String user, String password) {
        public String url(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    public record Database(Server server, String name) {
        public String jdbcUrl() {
            return server.url(name);
        }
    }

    private TestPostgres() {
    }

    public static synchronized Server server() {
        if (server != null) {
            return server;
        }
        Server local = new Server(HOST, PORT, USER, PASSWORD);
        if (reachable(local)) {
            return server = local;
        }
        File script = findScript();
        if (script != null && !"false".equals(System.getenv("LC_TEST_PG_PROVISION"))) {
            try {
                Process p = new ProcessBuilder("bash", script.getAbsolutePath()).inheritIO().start();
                if (p.waitFor(300, TimeUnit.SECONDS) && p.exitValue() == 0 && reachable(local)) {
                    return server = local;
                }
            } catch (Exception e) {
                System.err.println("[testkit] could not provision the PostgreSQL server: " + e);
            }
        }
        System.err.println("[testkit] no PostgreSQL server at " + HOST + ":" + PORT + "; starting an embedded PostgreSQL");
        try {
            Path dir = Files.createTempDirectory("lc-embedded-pg");
            EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (Exception ignored) {
                    // the JVM is ending anyway
                }
            }));
            try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + USER + " LOGIN CREATEDB PASSWORD '" + PASSWORD + "'");
            }
            return server = new Server("127.0.0.1", pg.getPort(), USER, PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("no PostgreSQL available for tests", e);
        }
    }

    /** Creates a new empty database named after the service, owned by the test role. */
    public static Database freshDatabase(String prefix) {
        Server s = server();
        String name = (prefix + "_t_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT).replace('-', '_');
        try (Connection c = DriverManager.getConnection(s.url("postgres"), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new Database(s, name);
    }

    public static void drop(Database db) {
        try (Connection c = DriverManager.getConnection(db.server().url("postgres"), db.server().user(), db.server().password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + db.name() + " WITH (FORCE)");
        } catch (SQLException e) {
            System.err.println("[testkit] could not drop " + db.name() + ": " + e.getMessage());
        }
    }

    private static boolean reachable(Server s) {
        try (Connection c = DriverManager.getConnection(s.url("postgres"), s.user(), s.password())) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static File findScript() {
        for (File d = new File(System.getProperty("user.dir")).getAbsoluteFile(); d != null; d = d.getParentFile()) {
            File f = new File(d, "scripts/ensure-postgres.sh");
            if (f.isFile()) {
                return f;
            }
        }
        return null;
    }

    private static String env(String name, String def) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? def : v;
    }
}
