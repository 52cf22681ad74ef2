package nl.leercultuur.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend that answers the first request on each connection with keep-alive, and closes the connection without a
 * word when the next request arrives on it: the race of a backend closing an idle pooled connection just as the
 * gateway sends on it. {@code GET /api/v1/stale/half} is answered with a head that promises 1,000 bytes, 100 of them,
 * and a hang-up.
 */
final class RudeBackend implements AutoCloseable {

    private final ServerSocket server;
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger dropped = new AtomicInteger();

    RudeBackend() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::accept, "rude-backend");
        t.setDaemon(true);
        t.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> serve(s));
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            String first = readHead(in);
            if (first == null) {
                return;
            }
            in.readNBytes(Math.max(0, contentLength(first)));
            if (first.startsWith("GET /api/v1/stale/half")) {
                // promises 1,000 bytes, sends 100 and hangs up
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"items\":["
                        + "0,".repeat(44) + "0").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            answered.incrementAndGet();
            if (readHead(in) != null) {
                dropped.incrementAndGet(); // a second request on this connection: hang up without answering
            }
        } catch (IOException ignored) {
            // the gateway went away first: fine
        }
    }

    /** Reads a request head; returns it, or null at end of stream. */
    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                return head.toString();
            }
        }
        return null;
    }

    /** A request head's Content-Length, 0 when none. */
    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
