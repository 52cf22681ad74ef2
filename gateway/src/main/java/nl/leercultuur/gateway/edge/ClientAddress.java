package nl.leercultuur.gateway.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who the client is, by address. The connection's peer, unless that peer is a trusted proxy (the web app, the
 * ingress): then the forwarded chain is read from the right, skipping trusted proxies, and the first address not
 * trusted is the client. Entries further left were written by the client itself and are never believed (unlike
 * taking the left-most entry, which anyone can forge by sending their own X-Forwarded-For).
 */
public final class ClientAddress {

    private final List<Range> trusted = new ArrayList<>();

    /** @param trustedProxies addresses or CIDR ranges ("10.0.0.0/8", "127.0.0.9", "fd00::/8") */
    public ClientAddress(List<String> trustedProxies) {
        for (String t : trustedProxies) {
            if (!t.isBlank()) {
                trusted.add(Range.parse(t.trim()));
            }
        }
    }

    /**
     * @param peer      the address the connection comes from
     * @param forwarded the Forwarded header's for= values, or else X-Forwarded-For's, left to right (may be empty)
     */
    public String resolve(String peer, List<String> forwarded) {
        if (!isTrusted(peer)) {
            return peer;
        }
        String client = peer;
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = clean(forwarded.get(i));
            if (hop.isEmpty() || parse(hop) == null) {
                return client; // garbage in the chain: stop at the last address we could vouch for
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    public boolean isTrusted(String address) {
        if (trusted.isEmpty()) {
            return false;
        }
        byte[] a = parse(address);
        if (a == null) {
            return false;
        }
        for (Range r : trusted) {
            if (r.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The for= values of a Forwarded header (RFC 7239), or the entries of an X-Forwarded-For header. */
    public static List<String> chain(String forwardedHeader, String xForwardedFor) {
        List<String> out = new ArrayList<>();
        if (forwardedHeader != null && !forwardedHeader.isBlank()) {
            for (String element : forwardedHeader.split(",")) {
                for (String pair : element.split(";")) {
                    String p = pair.trim();
                    if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                        out.add(p.substring(4));
                    }
                }
            }
            return out;
        }
        if (xForwardedFor != null && !xForwardedFor.isBlank()) {
            for (String e : xForwardedFor.split(",")) {
                out.add(e.trim());
            }
        }
        return out;
    }

    /** An address without quotes, brackets or port: "[2001:db8::1]:4711" → "2001:db8::1", "1.2.3.4:80" → "1.2.3.4". */
    static String clean(String hop) {
        String h = hop.trim();
        if (h.startsWith("\"") && h.endsWith("\"") && h.length() >= 2) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 ? h.substring(1, end) : "";
        }
        int colon = h.indexOf(':');
        if (colon > 0 && h.indexOf(':', colon + 1) < 0) {
            h = h.substring(0, colon); // IPv4 with a port
        }
        return h;
    }

    /** Whether every character of {@code s} is one of {@code allowed} (on every request: no regular expression). */
    private static boolean only(String s, String allowed) {
        for (int i = 0; i < s.length(); i++) {
            if (allowed.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The address' bytes when it is a literal IPv4 or IPv6 address (never a name lookup), else null. */
    static byte[] parse(String literal) {
        if (literal == null || literal.isEmpty() || !(literal.indexOf(':') >= 0 || only(literal, "0123456789."))) {
            return null;
        }
        if (!only(literal, "0123456789abcdefABCDEF:.%")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefix) {
        static Range parse(String cidr) {
            int slash = cidr.indexOf('/');
            String addr = slash < 0 ? cidr : cidr.substring(0, slash);
            byte[] bytes = ClientAddress.parse(addr);
            if (bytes == null) {
                throw new IllegalArgumentException("gateway.trusted-proxies: not an address or CIDR range: " + cidr);
            }
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("gateway.trusted-proxies: bad prefix length in " + cidr);
            }
            return new Range(bytes, prefix);
        }

        boolean contains(byte[] a) {
            if (a.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (a[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (a[full] & mask) == (network[full] & mask);
        }
    }
}
