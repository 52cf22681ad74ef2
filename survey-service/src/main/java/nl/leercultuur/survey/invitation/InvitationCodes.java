package nl.leercultuur.survey.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time codes: 12 characters of Crockford base32 (60 random bits), shown as XXXX-XXXX-XXXX. Reading is
 * forgiving (case, dashes, spaces, O/0 and I/L/1 mix-ups), and only the SHA-256 of the normalised code is kept.
 */
public final class InvitationCodes {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationCodes() {
    }

    public static String generate() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** A long random token for an open link (130 bits, lower-case Crockford base32); hashed like a code. */
    public static String generateToken() {
        StringBuilder sb = new StringBuilder(26);
        for (int i = 0; i < 26; i++) {
            sb.append(Character.toLowerCase(ALPHABET[RANDOM.nextInt(ALPHABET.length)]));
        }
        return sb.toString();
    }

    /** Uppercase, without separators, with look-alike letters mapped to the digits Crockford intends. */
    public static String normalise(String code) {
        if (code == null) {
            return "";
        }
        return code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    public static boolean wellFormed(String code) {
        String n = normalise(code);
        return n.length() == 12 && n.chars().allMatch(c -> new String(ALPHABET).indexOf(c) >= 0);
    }

    public static String hash(String code) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
