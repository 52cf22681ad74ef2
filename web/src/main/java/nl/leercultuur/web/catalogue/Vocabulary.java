package nl.leercultuur.web.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalogue's keys as people read them, in Dutch and English: kinds, themes, audiences, languages, the dimensions
 * of the built-in instruments (their names in survey-service's instruments/*.json), the concepts of the shared
 * vocabulary (contracts/events vocabulary/concepts.json), sectors and categories of good practices. A key this list
 * does not know is shown as itself, made readable ("new-theme" → "New theme"), so a new key never breaks a page.
 */
public final class Vocabulary {

    public enum Group { KIND, THEME, AUDIENCE, LANGUAGE, DIMENSION, CONCEPT, SECTOR, CATEGORY, STATUS }

    private static final Map<Group, Map<String, String[]>> LABELS = new LinkedHashMap<>();

    private static void put(Group g, String key, String nl, String en) {
        LABELS.computeIfAbsent(g, x -> new LinkedHashMap<>()).put(key, new String[]{nl, en});
    }

    static {
        put(Group.KIND, "book", "Boek", "Book");
        put(Group.KIND, "article", "Artikel", "Article");
        put(Group.KIND, "podcast", "Podcast", "Podcast");
        put(Group.KIND, "video", "Video", "Video");
        put(Group.KIND, "website", "Website", "Website");
        put(Group.KIND, "good-practice", "Goed voorbeeld", "Good practice");
        put(Group.KIND, "toolkit", "Toolkit", "Toolkit");
        put(Group.KIND, "instrument-description", "Meetinstrument", "Measuring instrument");
        put(Group.KIND, "learning-activity", "Manier om te ontwikkelen", "Way to develop");

        put(Group.THEME, "workplace-learning", "Leren op de werkplek", "Workplace learning");
        put(Group.THEME, "learning-organisation", "Lerende organisatie", "Learning organisation");
        put(Group.THEME, "measuring-learning-culture", "Leercultuur meten", "Measuring learning culture");
        put(Group.THEME, "students-and-placements", "Studenten en stages", "Students and placements");
        put(Group.THEME, "leadership", "Leiderschap", "Leadership");
        put(Group.THEME, "change-management", "Veranderen", "Managing change");
        put(Group.THEME, "psychological-safety", "Psychologische veiligheid", "Psychological safety");
        put(Group.THEME, "learning-technology", "Digitaal leren", "Learning technology");
        put(Group.THEME, "reflection", "Reflectie", "Reflection");
        put(Group.THEME, "lifelong-learning", "Een leven lang leren", "Lifelong learning");
        put(Group.THEME, "motivation", "Motivatie", "Motivation");

        put(Group.AUDIENCE, "leader", "Leidinggevenden", "Managers");
        put(Group.AUDIENCE, "team", "Teams", "Teams");
        put(Group.AUDIENCE, "hr-ld", "HR en opleiders", "HR and L&D");
        put(Group.AUDIENCE, "employee", "Medewerkers", "Employees");
        put(Group.AUDIENCE, "student", "Studenten", "Students");

        put(Group.LANGUAGE, "nl", "Nederlands", "Dutch");
        put(Group.LANGUAGE, "en", "Engels", "English");
        put(Group.LANGUAGE, "de", "Duits", "German");
        put(Group.LANGUAGE, "fr", "Frans", "French");

        put(Group.DIMENSION, "work-content", "Inhoud van het werk", "Content of work");
        put(Group.DIMENSION, "room-and-safety", "Ruimte en veiligheid om te ontwikkelen", "Room and safety to keep developing");
        put(Group.DIMENSION, "collaboration", "Samenwerken en teamontwikkeling", "Collaboration and team development");
        put(Group.DIMENSION, "leadership", "Leiderschap gericht op ontwikkeling", "Leadership aimed at development");
        put(Group.DIMENSION, "organisation", "Organisatie", "Organisation");
        put(Group.DIMENSION, "outside-world", "Verbinding met de externe omgeving", "Connection with the outside world");
        put(Group.DIMENSION, "ward-atmosphere", "Sfeer op de afdeling", "Ward atmosphere");
        put(Group.DIMENSION, "vision-on-learning", "Visie op leren", "Vision on learning");
        put(Group.DIMENSION, "supervision-assessment", "Begeleiding en beoordeling", "Supervision and assessment");
        put(Group.DIMENSION, "role-of-mentors", "Rol van de werkbegeleider", "Role of mentors");
        put(Group.DIMENSION, "fit-of-work", "Aansluiting van het werk bij de student", "Fit of work to students");
        put(Group.DIMENSION, "employee", "Medewerker", "Employee");
        put(Group.DIMENSION, "task", "Taak", "Task");
        put(Group.DIMENSION, "team", "Team", "Team");
        put(Group.DIMENSION, "environment", "Omgeving", "Environment");
        put(Group.DIMENSION, "formal", "Formeel leren", "Formal learning");
        put(Group.DIMENSION, "non-formal", "Non-formeel leren", "Non-formal learning");
        put(Group.DIMENSION, "informal", "Informeel leren", "Informal learning");
        put(Group.DIMENSION, "stimulating-factors", "Stimulerende factoren", "Stimulating factors");
        put(Group.DIMENSION, "urgency", "Urgentie", "Sense of urgency");
        put(Group.DIMENSION, "psychological-safety", "Psychologische veiligheid", "Psychological safety");
        put(Group.DIMENSION, "team-ambition", "Teamambitie en aanspreekbaarheid", "Team ambition and accountability");
        put(Group.DIMENSION, "continuous-learning", "Continu leren", "Continuous learning");
        put(Group.DIMENSION, "inquiry-dialogue", "Onderzoek en dialoog", "Inquiry and dialogue");
        put(Group.DIMENSION, "team-learning", "Teamleren", "Team learning");
        put(Group.DIMENSION, "embedded-systems", "Ingebedde systemen", "Embedded systems");
        put(Group.DIMENSION, "empowerment", "Eigenaarschap en gedeelde visie", "Empowerment and collective vision");
        put(Group.DIMENSION, "strategic-leadership", "Strategisch leiderschap", "Strategic leadership");

        put(Group.CONCEPT, "work-content-as-learning", "Werkinhoud als leerbron", "Work content as a source of learning");
        put(Group.CONCEPT, "psychological-safety", "Psychologische veiligheid", "Psychological safety");
        put(Group.CONCEPT, "team-learning", "Teamleren en samenwerking", "Team learning and collaboration");
        put(Group.CONCEPT, "leadership-for-learning", "Leiderschap gericht op leren", "Leadership for learning");
        put(Group.CONCEPT, "structural-support", "Ondersteunende structuren voor leren", "Structural support for learning");
        put(Group.CONCEPT, "external-connection", "Verbinding met de buitenwereld", "External connection");
        put(Group.CONCEPT, "continuous-learning", "Continu leren", "Continuous learning");
        put(Group.CONCEPT, "reflection-and-dialogue", "Reflectie en dialoog", "Reflection and dialogue");
        put(Group.CONCEPT, "ownership-and-shared-vision", "Eigenaarschap en gedeelde visie", "Ownership and shared vision");
        put(Group.CONCEPT, "personal-learning-drive", "Eigen leerhouding", "Personal learning drive");
        put(Group.CONCEPT, "learning-ambition", "Gedeelde leerambitie en aanspreekbaarheid", "Shared learning ambition and accountability");
        put(Group.CONCEPT, "learning-atmosphere", "Sfeer voor lerenden op de werkplek", "Atmosphere for learners at the workplace");
        put(Group.CONCEPT, "vision-on-learning", "Visie op leren op de werkplek", "Vision on learning at the workplace");
        put(Group.CONCEPT, "supervision-of-students", "Begeleiding en beoordeling van studenten", "Supervision and assessment of students");
        put(Group.CONCEPT, "workplace-mentoring", "Werkbegeleiding door een mentor", "Workplace mentoring");
        put(Group.CONCEPT, "fit-of-work-to-learner", "Aansluiting van het werk bij de lerende", "Fit of work to the learner");
        put(Group.CONCEPT, "formal-learning", "Formeel leren", "Formal learning");
        put(Group.CONCEPT, "non-formal-learning", "Non-formeel leren", "Non-formal learning");
        put(Group.CONCEPT, "informal-learning", "Informeel leren", "Informal learning");
        put(Group.CONCEPT, "sense-of-urgency", "Gevoel van urgentie", "Sense of urgency");

        put(Group.SECTOR, "hospital", "Ziekenhuis", "Hospital");
        put(Group.SECTOR, "elderly-care", "Ouderenzorg (VVT)", "Elderly care");
        put(Group.SECTOR, "disability-care", "Gehandicaptenzorg", "Disability care");
        put(Group.SECTOR, "mental-health", "GGZ", "Mental health care");
        put(Group.SECTOR, "education", "Onderwijs", "Education");
        put(Group.SECTOR, "other", "Anders", "Other");

        put(Group.CATEGORY, "experience-based", "Belevingsgericht leren", "Experience-based learning");
        put(Group.CATEGORY, "digital", "Digitaal leren", "Digital learning");
        put(Group.CATEGORY, "practice-based", "Praktijkleren", "Practice-based learning");

        put(Group.STATUS, "DRAFT", "Concept", "Draft");
        put(Group.STATUS, "IN_REVIEW", "Ter beoordeling", "In review");
        put(Group.STATUS, "PUBLISHED", "Gepubliceerd", "Published");
        put(Group.STATUS, "ARCHIVED", "Gearchiveerd", "Archived");
    }

    private Vocabulary() {
    }

    /** The label of a key in the page's language ("en" or else Dutch); an unknown key made readable. */
    public static String label(Group group, String key, String lang) {
        if (key == null || key.isBlank()) {
            return "";
        }
        String[] l = LABELS.getOrDefault(group, Map.of()).get(key);
        if (l == null) {
            return readable(key);
        }
        return "en".equals(lang) ? l[1] : l[0];
    }

    public static List<String> labels(Group group, List<String> keys, String lang) {
        return keys == null ? List.of() : keys.stream().map(k -> label(group, k, lang)).toList();
    }

    /** The keys this vocabulary knows for a group, in a sensible order (for the forms' choices). */
    public static List<String> keys(Group group) {
        return List.copyOf(LABELS.getOrDefault(group, Map.of()).keySet());
    }

    public static boolean knows(Group group, String key) {
        return key != null && LABELS.getOrDefault(group, Map.of()).containsKey(key);
    }

    /** "new-theme" → "New theme"; a free text (a sector typed by hand) stays as it is. */
    static String readable(String key) {
        if (!key.matches("[a-z][a-z0-9-]*")) {
            return key;
        }
        String s = key.replace('-', ' ');
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** How long something takes, as a person says it: "45 minuten", "1 uur", "1 uur en 30 minuten" (English alike). */
    public static String duration(Integer minutes, String lang) {
        if (minutes == null || minutes <= 0) {
            return "";
        }
        boolean en = "en".equals(lang);
        int h = minutes / 60;
        int m = minutes % 60;
        String mins = m + (en ? (m == 1 ? " minute" : " minutes") : (m == 1 ? " minuut" : " minuten"));
        if (h == 0) {
            return mins;
        }
        String hours = h + (en ? (h == 1 ? " hour" : " hours") : " uur");
        return m == 0 ? hours : hours + (en ? " and " : " en ") + mins;
    }
}
