package nl.leercultuur.web.shell;

import io.quarkus.qute.TemplateExtension;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as people in the region read them: Amsterdam time, in the page's language. */
@TemplateExtension
public class Formats {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static String dateTime(OffsetDateTime t, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (t == null) {
            return "";
        }
        Locale l = locale instanceof Locale loc ? loc : Locale.forLanguageTag(String.valueOf(locale));
        return t.atZoneSameInstant(AMSTERDAM).format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", l));
    }

    static String date(OffsetDateTime t, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (t == null) {
            return "";
        }
        Locale l = locale instanceof Locale loc ? loc : Locale.forLanguageTag(String.valueOf(locale));
        return t.atZoneSameInstant(AMSTERDAM).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l));
    }

    static String date(LocalDate d, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (d == null) {
            return "";
        }
        Locale l = locale instanceof Locale loc ? loc : Locale.forLanguageTag(String.valueOf(locale));
        return d.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(l));
    }

    /** For a datetime-local input: Amsterdam time without zone, minutes precision. */
    static String inputValue(OffsetDateTime t) {
        return t == null ? "" : t.atZoneSameInstant(AMSTERDAM).toLocalDateTime().withSecond(0).withNano(0).toString();
    }
}
