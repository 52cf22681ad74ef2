package nl.leercultuur.platform.events;

/** An event that can never be processed as it is; it belongs on the dead-letter topic, with this message as the reason. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String reason) {
        super(reason);
    }

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
