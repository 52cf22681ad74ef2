package nl.leercultuur.catalog.workflow;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A shared practice names whom to ask about it by role ("praktijkopleider", "teamleider leerafdeling"), never by a
 * person's address: the catalogue is public once an entry is published, and keeps no personal contact data.
 * Anything that looks like an e-mail address or a phone number is refused.
 */
final class ContactRoles {

    /** An @ (also the full-width one), or the spelled-out forms "[at]", "(at)", " at " between two words with a dot. */
    private static final Pattern EMAIL = Pattern.compile("[@\\uFF20]|\\S\\s*[\\[(]\\s*at\\s*[\\])]\\s*\\S|\\S+\\s+at\\s+\\S+\\.\\S+",
            Pattern.CASE_INSENSITIVE);
    /** A phone number has many digits; a role has at most a level or a year ("niveau 4", "BBL 2"). */
    private static final int PHONE_DIGITS = 6;

    private ContactRoles() {
    }

    /** Why this is not a contact role, or empty when it may be one. */
    static Optional<String> refusal(String contactRole) {
        if (contactRole == null) {
            return Optional.empty();
        }
        if (EMAIL.matcher(contactRole).find()) {
            return Optional.of("name a role such as 'praktijkopleider', not an e-mail address");
        }
        long digits = contactRole.codePoints().filter(Character::isDigit).count();
        if (digits >= PHONE_DIGITS || contactRole.strip().startsWith("+")) {
            return Optional.of("name a role such as 'praktijkopleider', not a phone number");
        }
        return Optional.empty();
    }
}
