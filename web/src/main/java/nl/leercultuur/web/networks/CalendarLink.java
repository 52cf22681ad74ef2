package nl.leercultuur.web.networks;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The network's iCalendar feed as people use it: a full address on the site they are on (the gateway serves the API
 * under the same origin as the pages), its webcal: form that opens a calendar app directly, and reading which
 * sessions a personal feed holds (each event's UID is {@code <session id>@leercultuur.nl}).
 */
public final class CalendarLink {

    private static final Pattern UID = Pattern.compile("^UID:([0-9a-fA-F-]{36})@", Pattern.MULTILINE);

    private CalendarLink() {
    }

    /** The origin the browser sees, from the request's absolute URI: scheme, host and a port other than the default. */
    public static String origin(String absoluteUri) {
        URI u = URI.create(absoluteUri);
        String scheme = u.getScheme() == null ? "https" : u.getScheme().toLowerCase(Locale.ROOT);
        int port = u.getPort();
        boolean defaultPort = port < 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + u.getHost() + (defaultPort ? "" : ":" + port);
    }

    /** The API path of a network's feed. */
    public static String feedPath(UUID networkId) {
        return "/api/v1/networks/" + networkId + "/calendar.ics";
    }

    /** The full address of a network's feed on {@code origin} (e.g. https://leercultuur.nl). */
    public static String feedUrl(String origin, UUID networkId) {
        String o = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        return o + feedPath(networkId);
    }

    /** The same feed as a webcal: link, which phones and desktop calendars open as a subscription. */
    public static String webcal(String feedUrl) {
        return feedUrl.replaceFirst("^https?://", "webcal://");
    }

    /** The session ids of a feed's events (lines unfolded first, as RFC 5545 folds long lines). */
    public static Set<UUID> sessionIds(String ics) {
        Set<UUID> ids = new LinkedHashSet<>();
        if (ics == null) {
            return ids;
        }
        String unfolded = ics.replace("\r\n", "\n").replaceAll("\n[ \t]", "");
        Matcher m = UID.matcher(unfolded);
        while (m.find()) {
            try {
                ids.add(UUID.fromString(m.group(1)));
            } catch (IllegalArgumentException notAnId) {
                // an event of another origin: not one of ours
            }
        }
        return ids;
    }
}
