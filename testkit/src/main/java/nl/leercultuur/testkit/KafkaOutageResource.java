package nl.leercultuur.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Puts the in-process Kafka broker behind a {@link TcpProxy} that starts cut, so the service under test
 * cannot reach Kafka until the test calls {@code proxy().up()}. Use instead of {@code kafka=true}.
 */
public class KafkaOutageResource implements QuarkusTestResourceLifecycleManager {

    private static TcpProxy proxy;

    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        String[] hostPort = TestKafka.bootstrapServers().split(",")[0].split(":");
        try {
            proxy = new TcpProxy(hostPort[0], Integer.parseInt(hostPort[1]), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + proxy.port(),
                "leercultuur.outbox.send-timeout-ms", "1500");
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException ignored) {
            // the test is over
        }
    }
}
