package nl.leercultuur.testkit;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka broker as a separate JVM (the jars of this test classpath), for fault tests that must
 * kill the broker as a crash would (SIGKILL) and start it again on the same data. {@link TestKafka} uses it
 * instead of its in-process broker when the system property {@code testkit.kafka=process} is set.
 */
public final class KafkaProcess {

    private final Path dir;
    private final int port;
    private final List<String> command;
    private Process process;

    KafkaProcess() {
        try {
            dir = Files.createTempDirectory("kafka-process");
            port = ServiceProcess.freePort();
            int controller = ServiceProcess.freePort();
            Path props = dir.resolve("server.properties");
            Files.writeString(props, String.join("\n",
                    "process.roles=broker,controller", "node.id=1",
                    "controller.quorum.voters=1@127.0.0.1:" + controller,
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controller,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER", "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "log.dirs=" + dir.resolve("data"), "num.partitions=3", "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1",
                    "group.initial.rebalance.delay.ms=0", "auto.create.topics.enable=true") + "\n");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            Process format = new ProcessBuilder(java, "-cp", cp, "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", props.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("format.log").toFile()).start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka log dir failed: " + Files.readString(dir.resolve("format.log")));
            }
            command = List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp", cp, "kafka.Kafka", props.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::kill));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker (again, on the same data and ports) and waits until it accepts connections. */
    public synchronized void start() {
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("kafka.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited; see " + dir.resolve("kafka.log"));
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        throw new IllegalStateException("Kafka did not start in 60 s; see " + dir.resolve("kafka.log"));
    }

    /** SIGKILL, as a crashed or OOM-killed broker: nothing is flushed or closed. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
