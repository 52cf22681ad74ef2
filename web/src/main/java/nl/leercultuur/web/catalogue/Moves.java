package nl.leercultuur.web.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The curation moves an entry can make now, as the catalogue's lifecycle has them (DRAFT→IN_REVIEW, IN_REVIEW→PUBLISHED,
 * IN_REVIEW→DRAFT, PUBLISHED→ARCHIVED, ARCHIVED→DRAFT) and as the caller's role allows (curators and admins send for
 * review and back to draft; only admins publish and archive). The page offers only these; the API decides anyway.
 */
public final class Moves {

    public enum Move {
        SUBMIT("DRAFT", "IN_REVIEW", false),
        PUBLISH("IN_REVIEW", "PUBLISHED", true),
        BACK_TO_DRAFT("IN_REVIEW", "DRAFT", false),
        ARCHIVE("PUBLISHED", "ARCHIVED", true),
        REOPEN("ARCHIVED", "DRAFT", false);

        public final String from;
        public final String to;
        public final boolean adminOnly;

        Move(String from, String to, boolean adminOnly) {
            this.from = from;
            this.to = to;
            this.adminOnly = adminOnly;
        }

        /** The move the status waits for (the primary button): towards publication; archiving and going back are not. */
        public boolean forward() {
            return this == SUBMIT || this == PUBLISH;
        }
    }

    private Moves() {
    }

    /** The moves from {@code status} the caller may make, forward ones first. */
    public static List<Move> allowed(String status, boolean curator, boolean admin) {
        List<Move> out = new ArrayList<>();
        if (!curator && !admin) {
            return out;
        }
        for (Move m : Move.values()) {
            if (m.from.equals(status) && (admin || !m.adminOnly)) {
                out.add(m);
            }
        }
        return out;
    }

    /** The move to {@code target} from {@code status}, if the caller may make it now; else null. */
    public static Move find(String status, String target, boolean curator, boolean admin) {
        for (Move m : allowed(status, curator, admin)) {
            if (m.to.equals(target)) {
                return m;
            }
        }
        return null;
    }

    /** A move the lifecycle has but this caller's role does not allow (to say who can, rather than to hide it). */
    public static List<Move> forOthers(String status, boolean curator, boolean admin) {
        List<Move> out = new ArrayList<>();
        for (Move m : Move.values()) {
            if (m.from.equals(status) && m.adminOnly && !admin && curator) {
                out.add(m);
            }
        }
        return out;
    }
}
