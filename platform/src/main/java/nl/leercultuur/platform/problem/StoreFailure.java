package nl.leercultuur.platform.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * What a failure of the database means for the caller, from its SQLSTATE (PostgreSQL appendix A): a value the
 * database refuses as data is the request's fault (400), a duplicate is a conflict (409), a database that is
 * restarting or out of connections is a passing unavailability (503 + Retry-After). The transaction has rolled
 * back in each case, so nothing was half-written. Anything else stays an unexpected failure (500).
 */
public record StoreFailure(int status, String slug, String title, String detail) {

    /** The failure the throwable's causes (and suppressed exceptions, where a failed commit keeps them) hold, or null. */
    public static StoreFailure of(Throwable t) {
        return of(t, 0);
    }

    private static StoreFailure of(Throwable c, int depth) {
        if (c == null || depth > 12) {
            return null;
        }
        if (c instanceof SQLTransientConnectionException) {
            return unavailable();
        }
        if (c instanceof SQLException sql && sql.getSQLState() != null) {
            StoreFailure f = bySqlState(sql.getSQLState());
            if (f != null) {
                return f;
            }
        }
        String name = c.getClass().getName();
        if (name.endsWith("JDBCConnectionException") || name.endsWith("PoolTimeoutException")
                || String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT).contains("unable to acquire jdbc connection")) {
            return unavailable();
        }
        for (Throwable s : c.getSuppressed()) {
            StoreFailure f = of(s, depth + 1);
            if (f != null) {
                return f;
            }
        }
        return c.getCause() == c ? null : of(c.getCause(), depth + 1);
    }

    static StoreFailure bySqlState(String state) {
        return switch (state) {
            case "22021", "22P05" -> invalid("text may not contain NUL characters or bytes that are not UTF-8");
            case "22001" -> invalid("a text is longer than allowed");
            case "22003" -> invalid("a number is out of range");
            case "22007", "22008" -> invalid("a date or time is not valid");
            case "23502" -> invalid("a required value is missing");
            case "23514" -> invalid("a value is outside what is allowed for it");
            case "23505" -> new StoreFailure(409, "duplicate", "Conflict", "an entry with the same unique value already exists");
            case "23503" -> new StoreFailure(409, "conflict", "Conflict", "the entry refers to, or is referred to by, another entry");
            case "40001", "40P01" -> new StoreFailure(409, "concurrent-change", "Conflict",
                    "a concurrent change got in the way; try again");
            default -> {
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                        || state.equals("53300")) {
                    yield unavailable();
                }
                yield state.startsWith("22") ? invalid("a value is not valid") : null;
            }
        };
    }

    private static StoreFailure invalid(String detail) {
        return new StoreFailure(400, "invalid-value", "Invalid input", detail);
    }

    private static StoreFailure unavailable() {
        return new StoreFailure(503, "store-unavailable", "Service Unavailable",
                "the service's database cannot be reached just now; nothing was changed, try again in a few seconds");
    }
}
