package nl.leercultuur.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts what a service needs for its {@code @QuarkusTest}s: a fresh PostgreSQL database (arg
 * {@code database=<prefix>}), the in-process Kafka broker ({@code kafka=true}) and the test token key.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    private Map<String, String> args = Map.of();
    private TestPostgres.Database database;

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = initArgs;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(TestTokens.oidcConfig());
        String db = args.get("database");
        if (db != null) {
            database = TestPostgres.freshDatabase(db);
            config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            config.put("quarkus.datasource.username", database.server().user());
            config.put("quarkus.datasource.password", database.server().password());
            System.setProperty("leercultuur.testkit.jdbc-url." + db, database.jdbcUrl());
        }
        if ("true".equals(args.get("kafka"))) {
            config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        }
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            TestPostgres.drop(database);
        }
    }
}
