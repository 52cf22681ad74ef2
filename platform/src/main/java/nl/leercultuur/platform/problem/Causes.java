package nl.leercultuur.platform.problem;

/** Reading a failure's chain of causes, for logs and for telling kinds of failure apart. */
public final class Causes {

    private Causes() {
    }

    /** The innermost cause, as "SimpleClassName: message": what a log line about a failure needs. */
    public static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }

    /** Whether {@code e} or one of its causes is a {@code type}. */
    public static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
