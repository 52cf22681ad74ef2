package nl.leercultuur.web.admin;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The organisation form as typed, checked before the API sees it with the registry's own rules (CreateOrganisation
 * and UpdateOrganisation in network.yaml), so that a slip is explained in Dutch next to its field; the code (the
 * registry's id) is made from the name when left empty.
 *
 * @param id        the code; empty means "make it from the name" (adding only)
 * @param version   the version the form was read at (editing only), or null
 * @param idGiven   whether the code was typed rather than made from the name
 */
public record OrganisationForm(String id, String name, String sector, String region, String sizeClass, Long version,
                               boolean idGiven) {

    public static final List<String> SECTORS = List.of("hospital", "elderly-care", "mental-health", "disability-care",
            "youth-care", "public-health", "education", "other");
    public static final List<String> SIZES = List.of("small", "medium", "large");
    public static final int MAX_NAME = 200;
    public static final int MAX_REGION = 100;
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    /** What can be wrong with a field; the page turns it into a sentence. */
    public enum Problem { REQUIRED, CHOICE, ID_FORMAT, ID_DERIVE, ID_RESERVED, TOO_LONG }

    /** Codes the pages' own addresses use (/beheer/organisaties/nieuw). */
    static final List<String> RESERVED = List.of("nieuw");

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", "", "", "", null, false);
    }

    /** The form's values, trimmed; a code is lower-cased (people type capitals), a version read when it is one. */
    public static OrganisationForm read(Map<String, String> form) {
        String id = trim(form.get("id")).toLowerCase(Locale.ROOT);
        Long version = null;
        try {
            version = form.get("version") == null ? null : Long.valueOf(form.get("version").trim());
        } catch (NumberFormatException e) {
            // left null: the page reads the organisation again
        }
        return new OrganisationForm(id, trim(form.get("name")), trim(form.get("sector")), trim(form.get("region")),
                trim(form.get("sizeClass")), version, !id.isEmpty());
    }

    /** This form with the code made from the name where none was typed. */
    public OrganisationForm withDerivedId() {
        return idGiven ? this : new OrganisationForm(slug(name), name, sector, region, sizeClass, version, false);
    }

    /** The problems of an organisation to add (code, name, sector, region, size), by field. */
    public Map<String, Problem> problemsToAdd() {
        Map<String, Problem> p = new LinkedHashMap<>();
        check(p);
        if (idGiven) {
            if (!ID.matcher(id).matches()) {
                p.put("id", Problem.ID_FORMAT);
            } else if (RESERVED.contains(id)) {
                p.put("id", Problem.ID_RESERVED);
            }
        } else if (!name.isEmpty() && (!ID.matcher(slug(name)).matches() || RESERVED.contains(slug(name)))) {
            p.put("id", Problem.ID_DERIVE);
        }
        return reorder(p);
    }

    /** The problems of a changed organisation (the code does not change). */
    public Map<String, Problem> problemsToUpdate() {
        Map<String, Problem> p = new LinkedHashMap<>();
        check(p);
        return reorder(p);
    }

    private void check(Map<String, Problem> p) {
        if (name.isEmpty()) {
            p.put("name", Problem.REQUIRED);
        } else if (name.length() > MAX_NAME) {
            p.put("name", Problem.TOO_LONG);
        }
        if (!SECTORS.contains(sector)) {
            p.put("sector", Problem.CHOICE);
        }
        if (region.isEmpty()) {
            p.put("region", Problem.REQUIRED);
        } else if (region.length() > MAX_REGION) {
            p.put("region", Problem.TOO_LONG);
        }
        if (!SIZES.contains(sizeClass)) {
            p.put("sizeClass", Problem.CHOICE);
        }
    }

    /** In the order of the form, so the first problem named is the first field. */
    private static Map<String, Problem> reorder(Map<String, Problem> p) {
        Map<String, Problem> ordered = new LinkedHashMap<>();
        for (String f : List.of("name", "id", "sector", "region", "sizeClass")) {
            if (p.containsKey(f)) {
                ordered.put(f, p.get(f));
            }
        }
        return ordered;
    }

    /**
     * A code made from a name: accents dropped, "&" read as "en", everything but letters and digits a dash, lower
     * case, at most 63 characters ("Franciscus Gasthuis & Vlietland" -> "franciscus-gasthuis-en-vlietland").
     */
    public static String slug(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace("&", " en ").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 63) {
            s = s.substring(0, 63).replaceAll("-+$", "");
        }
        return s;
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
