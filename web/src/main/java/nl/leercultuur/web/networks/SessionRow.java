package nl.leercultuur.web.networks;

import nl.leercultuur.client.network.model.Counts;
import nl.leercultuur.client.network.model.SessionView;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A session as the pages use it (the generated model's nullable fields made plain). */
public record SessionRow(UUID id, int number, String title, String theme, OffsetDateTime startsAt, OffsetDateTime endsAt,
                         String place, String onlineUrl, String speakers, String phaseFocus, String agenda, String status,
                         String cancelReason, OffsetDateTime heldAt, Map<String, Attendance> attendance) {

    public static final String SCHEDULED = "SCHEDULED";
    public static final String HELD = "HELD";
    public static final String CANCELLED = "CANCELLED";

    /** Registered, present, absent and excused people of one organisation. */
    public record Attendance(int registered, int present, int absent, int excused) {
    }

    public static SessionRow of(SessionView v) {
        Map<String, Attendance> att = new LinkedHashMap<>();
        if (v.getAttendance() != null) {
            v.getAttendance().forEach((org, c) -> att.put(org, attendance(c)));
        }
        return new SessionRow(v.getId(), v.getNumber() == null ? 0 : v.getNumber(), v.getTitle() == null ? "" : v.getTitle(),
                blankToNull(v.getTheme()), v.getStartsAt(), v.getEndsAt(), blankToNull(v.getPlace()), blankToNull(v.getOnlineUrl()),
                blankToNull(v.getSpeakers()), blankToNull(v.getPhaseFocus()), blankToNull(v.getAgenda()),
                v.getStatus() == null ? SCHEDULED : v.getStatus(), blankToNull(v.getCancelReason()), v.getHeldAt(), att);
    }

    private static Attendance attendance(Counts c) {
        return new Attendance(n(c.getRegistered()), n(c.getPresent()), n(c.getAbsent()), n(c.getExcused()));
    }

    private static int n(Integer i) {
        return i == null ? 0 : i;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public boolean scheduled() {
        return SCHEDULED.equals(status);
    }

    public boolean held() {
        return HELD.equals(status);
    }

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }

    /** Still to come: scheduled and not yet over. */
    public boolean upcoming(OffsetDateTime now) {
        return scheduled() && endsAt != null && endsAt.isAfter(now);
    }

    /** Scheduled, but its time has passed without it being marked held or cancelled. */
    public boolean awaitingClosure(OffsetDateTime now) {
        return scheduled() && !upcoming(now);
    }

    public int registeredTotal() {
        return attendance.values().stream().mapToInt(Attendance::registered).sum();
    }

    public int presentTotal() {
        return attendance.values().stream().mapToInt(Attendance::present).sum();
    }
}
