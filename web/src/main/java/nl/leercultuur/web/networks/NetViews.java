package nl.leercultuur.web.networks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the network templates show: plain records made from the API's answers. */
public final class NetViews {

    private NetViews() {
    }

    /** A network in the list, with its next session. */
    public record NetworkCard(UUID id, String name, String theme, String status, String statusLabel, String period,
                              SessionItem next) {
    }

    /** A titled group of networks in the list. */
    public record Group(String title, List<NetworkCard> cards) {
    }

    /** The network's own facts. */
    public record NetworkInfo(UUID id, String name, String theme, String description, String region, String period,
                              String status, String statusLabel, String methodology) {
        public String url() {
            return "/netwerken/" + id;
        }
    }

    /** A session in a list or on its page. */
    public record SessionItem(SessionRow row, String url, String heading, String when, String statusLabel, String statusClass,
                              boolean registered, String phaseLabel) {
    }

    /** Someone in the network. */
    public record Person(UUID id, String name, String organisation, String role, boolean erased, boolean me, boolean ticked) {
        public Person tick(boolean t) {
            return new Person(id, name, organisation, role, erased, me, t);
        }
    }

    /** One of the network's theme votes. */
    public record VoteItem(UUID id, String url, boolean open, String statusLabel, String leading, int voters, String opened) {
    }

    /** The calendar subscription: the full feed address, its webcal: form and the download through these pages. */
    public record CalendarInfo(String feedUrl, String webcalUrl, String downloadUrl) {
    }

    /** An idea with its votes and what the vote control shows. */
    public record IdeaItem(UUID id, String text, int votes, VoteState state, boolean mine, String actionUrl) {
    }

    /** A reflection or quote. */
    public record ReflectionItem(String kind, String kindLabel, String text) {
    }

    /** A catalogue entry linked to a session. */
    public record ResourceItem(UUID id, String title, String url) {
    }

    /** One organisation's attendance in a session. */
    public record AttendanceRow(String organisation, int registered, int present, int absent, int excused) {
    }

    /** A form's state after a refusal: the values sent, an error per field, a message over the form. */
    public record Form(String name, Map<String, String> values, Map<String, String> errors, String message) {
        public static Form empty(String name) {
            return new Form(name, Map.of(), Map.of(), null);
        }

        public boolean is(String n) {
            return name.equals(n);
        }

        public String value(String field) {
            String v = values.get(field);
            return v == null ? "" : v;
        }

        public String error(String field) {
            return errors.get(field);
        }

        /** This form was sent with {@code field} set to {@code value}. */
        public boolean has(String form, String field, String value) {
            return is(form) && value.equals(values.get(field));
        }

        public boolean hasErrors() {
            return !errors.isEmpty() || message != null;
        }
    }

    /** A choice in a select or a radio group. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A ranked theme in a vote. */
    public record ThemeOption(UUID id, int rank, String theme, int votes, boolean chosen) {
    }

    /** A line of a case's log. */
    public record LogLine(String when, String text, String note) {
    }

    /** A dimension's before and after in a case's measurements. */
    public record DimensionLine(String name, String before, String after, String difference, boolean withheld) {
    }

    /** A measurement scan. */
    public record ScanLine(String label, String text) {
    }

    /** Lists of sessions. */
    public record Sessions(List<SessionItem> upcoming, List<SessionItem> past) {
    }
}
