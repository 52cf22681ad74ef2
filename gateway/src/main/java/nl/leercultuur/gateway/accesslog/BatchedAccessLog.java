package nl.leercultuur.gateway.accesslog;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.ErrorManager;
import java.util.logging.Handler;

/**
 * The access log's handler: the event loops only queue their lines; one writer thread formats them with the console's
 * own formatter and writes what gathered in each interval with one write of up to {@link #MAX_WRITE} bytes.
 * <p>
 * Written one at a time, each line was a {@code write} system call and a turn at the console handler's lock on the
 * event loop that answered the request: with four event loops at 2,400 requests a second an event loop was parked on
 * that lock for about one request in four (strace, 2026-12-02). Lines keep their order and their own time stamp
 * (taken when the request was answered, not when written); they reach the console at most one interval late.
 * <p>
 * Nothing is lost: when the writer is a whole queue behind, or once closed, a line is written at once by whoever logs
 * it, after everything queued before it; {@link #close()} writes what is queued. A write of at most {@code PIPE_BUF}
 * (4,096 bytes) holding only whole lines is atomic on a pipe, so another writer's line never lands inside one of ours.
 */
public final class BatchedAccessLog extends ExtHandler {

    /** Bytes per write: {@code PIPE_BUF}, whole lines only (a longer line is written alone). */
    static final int MAX_WRITE = 4096;

    private final Handler console;
    private final OutputStream out;
    private final List<Handler> alsoTo;
    private final Charset charset;
    private final int capacity;
    private final long intervalNanos;
    private final Queue<ExtLogRecord> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final ReentrantLock writing = new ReentrantLock();
    private final ByteArrayOutputStream chunk = new ByteArrayOutputStream(MAX_WRITE);
    private final Thread writer;
    /** Whether a handler's format names the caller (class, method, line): then it is found before the line is queued. */
    private final boolean callerNeeded;
    private volatile boolean closed;

    /**
     * @param console   the console's handler: its level, filter and formatter (text or JSON, as configured) decide
     *                  what is written and how; it is never written to itself
     * @param out       where the console writes (its stream)
     * @param alsoTo    the other handlers the lines went to (a log file, say): given each line by the writer thread
     * @param capacity  lines queued at most before a line is written by the thread that logs it
     * @param interval  how long the writer waits between writes
     */
    public BatchedAccessLog(Handler console, OutputStream out, Charset charset, List<Handler> alsoTo, int capacity, Duration interval) {
        this.console = console;
        this.out = out;
        this.charset = charset;
        this.alsoTo = List.copyOf(alsoTo);
        this.capacity = capacity;
        this.intervalNanos = interval.toNanos();
        this.callerNeeded = callerNeeded(console) || alsoTo.stream().anyMatch(BatchedAccessLog::callerNeeded);
        this.writer = new Thread(this::run, "access-log-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    protected void doPublish(ExtLogRecord record) {
        if (!closed && queued.get() < capacity) {
            // the MDC (trace id) as it is now, for the writer thread; the caller only when a format asks for it: finding
            // it walks the stack, a tenth of an event loop's time per request
            if (callerNeeded) {
                record.copyAll();
            } else {
                record.copyMdc();
            }
            queue.offer(record);
            queued.incrementAndGet();
            if (closed) {
                drain(null); // closed meanwhile, perhaps after its last drain: nobody else would write this line
            }
            return;
        }
        drain(record);
    }

    private static boolean callerNeeded(Handler h) {
        return !(h instanceof ExtHandler x) || x.isCallerCalculationRequired();
    }

    /** Lines waiting for the writer. */
    int queued() {
        return queued.get();
    }

    private void run() {
        while (!closed) {
            LockSupport.parkNanos(this, intervalNanos);
            drain(null);
        }
    }

    /** Writes everything queued so far, in this thread. */
    @Override
    public void flush() {
        drain(null);
    }

    /** Writes what is queued; from now on each line is written at once. The writer thread ends. */
    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(writer);
        drain(null);
    }

    /** Writes what is queued, then {@code last} when given, and flushes every destination. */
    private void drain(ExtLogRecord last) {
        writing.lock();
        try {
            ExtLogRecord r;
            while ((r = queue.poll()) != null) {
                queued.decrementAndGet();
                write(r);
            }
            if (last != null) {
                write(last);
            }
            writeChunk();
            for (Handler h : alsoTo) {
                h.flush();
            }
        } finally {
            writing.unlock();
        }
    }

    private void write(ExtLogRecord record) {
        for (Handler h : alsoTo) {
            h.publish(record);
        }
        if (!console.isLoggable(record)) {
            return;
        }
        byte[] line;
        try {
            line = console.getFormatter().format(record).getBytes(charset);
        } catch (RuntimeException e) {
            reportError("could not format an access-log line", e, ErrorManager.FORMAT_FAILURE);
            return;
        }
        if (chunk.size() > 0 && chunk.size() + line.length > MAX_WRITE) {
            writeChunk();
        }
        chunk.write(line, 0, line.length);
        if (chunk.size() >= MAX_WRITE) {
            writeChunk();
        }
    }

    private void writeChunk() {
        if (chunk.size() == 0) {
            return;
        }
        try {
            chunk.writeTo(out);
            out.flush();
        } catch (java.io.IOException | RuntimeException e) {
            reportError("could not write the access log", e, ErrorManager.WRITE_FAILURE);
        }
        chunk.reset();
    }
}
