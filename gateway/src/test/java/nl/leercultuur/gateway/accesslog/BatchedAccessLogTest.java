package nl.leercultuur.gateway.accesslog;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchedAccessLogTest {

    /** The console's stream: every write call kept as it came. */
    static final class Writes extends ByteArrayOutputStream {
        final List<String> calls = new ArrayList<>();

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            calls.add(new String(b, off, len, StandardCharsets.UTF_8));
            super.write(b, off, len);
        }

        synchronized String text() {
            return toString(StandardCharsets.UTF_8);
        }
    }

    /** Stands in for the console handler: its level, filter and formatter are what the batches use. */
    static final class Console extends Handler {
        Console(Level level) {
            setLevel(level);
            setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return r.getLevel() + " " + r.getMessage() + "\n";
                }
            });
        }

        @Override
        public void publish(LogRecord record) {
            throw new AssertionError("the console handler itself is never written to");
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    static final class Collecting extends Handler {
        final List<String> messages = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            messages.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private final Writes out = new Writes();
    private BatchedAccessLog log;

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    private static ExtLogRecord line(Level level, String message) {
        return new ExtLogRecord(level, message, BatchedAccessLogTest.class.getName());
    }

    private BatchedAccessLog batched(Level consoleLevel, List<Handler> alsoTo, int capacity, Duration interval) {
        log = new BatchedAccessLog(new Console(consoleLevel), out, StandardCharsets.UTF_8, alsoTo, capacity, interval);
        return log;
    }

    @Test
    void linesWaitForTheWriterAndThenGoOutInOrderInOneWrite() {
        BatchedAccessLog h = batched(Level.INFO, List.of(), 100, Duration.ofHours(1));
        for (int i = 1; i <= 10; i++) {
            h.publish(line(Level.INFO, "GET /api/v1/catalog/resources?page=" + i + " -> catalog 200 3.2 ms"));
        }
        assertEquals("", out.text(), "nothing is written on the logging thread");
        assertEquals(10, h.queued());

        h.flush();

        assertEquals(1, out.calls.size(), "one write for the ten lines: " + out.calls);
        String[] lines = out.text().split("\n");
        assertEquals(10, lines.length);
        for (int i = 1; i <= 10; i++) {
            assertEquals("INFO GET /api/v1/catalog/resources?page=" + i + " -> catalog 200 3.2 ms", lines[i - 1]);
        }
    }

    @Test
    void eachWriteHoldsOnlyWholeLinesAndAtMostAPipesAtomicSize() {
        BatchedAccessLog h = batched(Level.INFO, List.of(), 10_000, Duration.ofHours(1));
        String padding = "x".repeat(90);
        for (int i = 0; i < 500; i++) {
            h.publish(line(Level.INFO, i + " " + padding));
        }
        h.publish(line(Level.INFO, "long " + "y".repeat(5000)));
        h.publish(line(Level.INFO, "after the long one"));
        h.flush();

        assertTrue(out.calls.size() > 10, "500 lines of ~100 bytes need more than ten 4 KB writes: " + out.calls.size());
        for (String call : out.calls) {
            assertTrue(call.endsWith("\n"), "a write ends with a whole line");
            assertTrue(call.length() <= BatchedAccessLog.MAX_WRITE || call.split("\n").length == 1,
                    "a write over 4,096 bytes is one long line alone: " + call.length());
        }
        String[] lines = out.text().split("\n");
        assertEquals(502, lines.length);
        assertEquals("INFO 0 " + padding, lines[0]);
        assertEquals("INFO 499 " + padding, lines[499]);
        assertEquals("INFO after the long one", lines[501]);
    }

    @Test
    void theWriterThreadWritesWithinItsInterval() throws InterruptedException {
        BatchedAccessLog h = batched(Level.INFO, List.of(), 100, Duration.ofMillis(20));
        h.publish(line(Level.INFO, "GET / -> web 200 1.0 ms"));
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (out.text().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals("INFO GET / -> web 200 1.0 ms\n", out.text());
        assertEquals(0, h.queued());
    }

    @Test
    void aFullQueueIsWrittenByTheLoggingThreadNothingDropped() {
        BatchedAccessLog h = batched(Level.INFO, List.of(), 2, Duration.ofHours(1));
        h.publish(line(Level.INFO, "one"));
        h.publish(line(Level.INFO, "two"));
        assertEquals("", out.text());
        h.publish(line(Level.INFO, "three"));

        assertEquals("INFO one\nINFO two\nINFO three\n", out.text(), "the queued lines first, in order");
        assertEquals(0, h.queued());
    }

    @Test
    void closingWritesWhatIsQueuedAndLaterLinesAtOnce() {
        BatchedAccessLog h = batched(Level.INFO, List.of(), 100, Duration.ofHours(1));
        h.publish(line(Level.INFO, "before"));
        h.close();
        assertEquals("INFO before\n", out.text());
        h.publish(line(org.jboss.logmanager.Level.WARN, "after"));
        assertEquals("INFO before\nWARN after\n", out.text());
    }

    @Test
    void everyLineOfFourBusyThreadsIsWrittenOnceEvenWhenClosedAmongThem() throws Exception {
        BatchedAccessLog h = batched(Level.INFO, List.of(), 1_000, Duration.ofMillis(1));
        int threads = 4;
        int each = 5_000;
        java.util.concurrent.CountDownLatch halfway = new java.util.concurrent.CountDownLatch(threads);
        List<Thread> loggers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread logger = new Thread(() -> {
                for (int i = 0; i < each; i++) {
                    h.publish(line(Level.INFO, id + "-" + i));
                    if (i == each / 2) {
                        halfway.countDown();
                    }
                }
            });
            loggers.add(logger);
            logger.start();
        }
        halfway.await();
        h.close();
        for (Thread logger : loggers) {
            logger.join();
        }

        List<String> lines = List.of(out.text().split("\n"));
        assertEquals(threads * each, lines.size());
        assertEquals(threads * each, new java.util.HashSet<>(lines).size(), "no line twice");
        for (int t = 0; t < threads; t++) {
            String prefix = "INFO " + t + "-";
            List<String> own = lines.stream().filter(l -> l.startsWith(prefix)).toList();
            for (int i = 0; i < each; i++) {
                assertEquals(prefix + i, own.get(i), "each thread's lines in the order it logged them");
            }
        }
    }

    @Test
    void theConsolesLevelStillDecidesAndTheOtherHandlersGetEveryLine() {
        Collecting file = new Collecting();
        BatchedAccessLog h = batched(org.jboss.logmanager.Level.WARN, List.of(file), 100, Duration.ofHours(1));
        h.publish(line(Level.INFO, "an ordinary request"));
        h.publish(line(org.jboss.logmanager.Level.WARN, "catalog overloaded"));
        h.flush();

        assertEquals("WARN catalog overloaded\n", out.text());
        assertEquals(List.of("an ordinary request", "catalog overloaded"), file.messages);
    }
}
