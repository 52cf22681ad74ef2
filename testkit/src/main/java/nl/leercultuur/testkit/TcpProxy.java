package nl.leercultuur.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on 127.0.0.1 that a test can cut: while down it drops open connections and refuses new ones
 * (accepts and closes at once), which looks to a client like the server being gone. Used to take Kafka or a
 * database "away" from one service without stopping it for the others.
 * <p>
 * Given several targets it hands each new connection to the next one in turn (skipping a target that refuses),
 * as a Kubernetes Service spreads connections over a Deployment's replicas: the scale-out tests put one in front
 * of each pair of replicas.
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final List<Integer> targetPorts;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean up;

    public TcpProxy(String targetHost, int targetPort, boolean startUp) throws IOException {
        this(targetHost, List.of(targetPort), startUp);
    }

    /** A round robin over {@code targetPorts} on {@code targetHost}, up from the start. */
    public static TcpProxy roundRobin(String targetHost, List<Integer> targetPorts) throws IOException {
        return new TcpProxy(targetHost, targetPorts, true);
    }

    private TcpProxy(String targetHost, List<Integer> targetPorts, boolean startUp) throws IOException {
        this.targetHost = targetHost;
        this.targetPorts = List.copyOf(targetPorts);
        this.up = startUp;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public void up() {
        up = true;
    }

    public void down() {
        up = false;
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!up) {
                    closeQuietly(client);
                    continue;
                }
                Socket target = connectNext();
                if (target == null) {
                    closeQuietly(client);
                    continue;
                }
                open.add(client);
                open.add(target);
                pipe(client, target);
                pipe(target, client);
            } catch (IOException e) {
                // a closed server ends the loop; a failed target connection drops just that client
            }
        }
    }

    /** The next target that accepts a connection, in turn; null when none does. */
    private Socket connectNext() {
        for (int i = 0; i < targetPorts.size(); i++) {
            int port = targetPorts.get(Math.floorMod(next.getAndIncrement(), targetPorts.size()));
            try {
                return new Socket(targetHost, port);
            } catch (IOException e) {
                // this replica is gone: the next one
            }
        }
        return null;
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // connection cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "tcp-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        down();
        server.close();
    }
}
