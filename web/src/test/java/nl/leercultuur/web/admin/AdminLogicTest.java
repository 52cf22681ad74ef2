package nl.leercultuur.web.admin;

import nl.leercultuur.web.shell.Pager;
import nl.leercultuur.client.survey.model.Dimension;
import nl.leercultuur.client.survey.model.InstrumentDefinition;
import nl.leercultuur.client.survey.model.Item;
import nl.leercultuur.client.survey.model.ItemType;
import nl.leercultuur.client.survey.model.Option;
import nl.leercultuur.client.survey.model.Scale;
import nl.leercultuur.client.survey.model.VersionSummary;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The administrator's pages' logic without Quarkus: paging, the organisation form, version moves, readable content. */
class AdminLogicTest {

    // --- paging ---

    @Test
    void pagesAreNumberedFromOneInAddressesAndFromZeroInTheApi() {
        assertEquals(1, Pager.requested(null));
        assertEquals(1, Pager.requested("nul"));
        assertEquals(1, Pager.requested("-3"));
        assertEquals(3, Pager.requested(" 3 "));
        assertEquals(0, Pager.apiPage(1));
        assertEquals(2, Pager.apiPage(3));
    }

    @Test
    void thePagerLinksKeepTheSearchAndLeaveOutWhatIsEmpty() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "zorg & welzijn");
        params.put("status", "");
        Pager p = Pager.of(2, 20, 45, "/beheer/organisaties", params);
        assertEquals(3, p.pages());
        assertTrue(p.several());
        assertEquals("/beheer/organisaties?q=zorg+%26+welzijn", p.previousUrl(), "page 1 needs no number");
        assertEquals("/beheer/organisaties?q=zorg+%26+welzijn&pagina=3", p.nextUrl());

        Pager one = Pager.of(1, 20, 20, "/beheer/instrumenten", Map.of());
        assertEquals(1, one.pages());
        assertFalse(one.several());
        assertNull(one.previousUrl());
        assertNull(one.nextUrl());

        Pager empty = Pager.of(1, 20, 0, "/x", Map.of());
        assertEquals(1, empty.pages(), "an empty list is one (empty) page");
        assertFalse(empty.beyond());

        Pager past = Pager.of(9, 20, 45, "/x", Map.of());
        assertTrue(past.beyond(), "a list that shrank since the link was made");
        assertEquals("/x?pagina=3", past.previousUrl(), "back to its last page");
        assertNull(past.nextUrl());
    }

    // --- the organisation form ---

    @Test
    void aCodeIsMadeFromTheNameAsPeopleWouldWriteIt() {
        assertEquals("maasstad-ziekenhuis", OrganisationForm.slug("Maasstad Ziekenhuis"));
        assertEquals("franciscus-gasthuis-en-vlietland", OrganisationForm.slug("Franciscus Gasthuis & Vlietland"));
        assertEquals("zorggroep-elde-a-de-rijn", OrganisationForm.slug("  Zorggroep Eldë à de Rijn! "));
        assertEquals("", OrganisationForm.slug("***"));
        String longName = "Stichting ".repeat(10);
        String slug = OrganisationForm.slug(longName);
        assertTrue(slug.length() <= 63 && !slug.endsWith("-"), slug);
    }

    @Test
    void anOrganisationToAddNeedsEveryFieldAndAUsableCode() {
        OrganisationForm empty = OrganisationForm.read(Map.of());
        assertEquals(List.of("name", "sector", "region", "sizeClass"), List.copyOf(empty.problemsToAdd().keySet()),
                "in the order of the form; an empty code is made from the name");
        assertEquals(OrganisationForm.Problem.REQUIRED, empty.problemsToAdd().get("name"));
        assertEquals(OrganisationForm.Problem.CHOICE, empty.problemsToAdd().get("sizeClass"));

        Map<String, String> good = Map.of("name", " Zorggroep Noord ", "sector", "elderly-care", "region", "Rotterdam-Rijnmond",
                "sizeClass", "medium");
        OrganisationForm f = OrganisationForm.read(good);
        assertTrue(f.problemsToAdd().isEmpty());
        assertEquals("Zorggroep Noord", f.name(), "trimmed");
        assertFalse(f.idGiven());
        assertEquals("zorggroep-noord", f.withDerivedId().id());

        Map<String, String> typed = new LinkedHashMap<>(good);
        typed.put("id", "ZGN-1");
        OrganisationForm t = OrganisationForm.read(typed);
        assertEquals("zgn-1", t.id(), "capitals forgiven");
        assertEquals(t, t.withDerivedId(), "a typed code is kept");
        typed.put("id", "zg n");
        assertEquals(OrganisationForm.Problem.ID_FORMAT, OrganisationForm.read(typed).problemsToAdd().get("id"));
        typed.put("id", "-x");
        assertEquals(OrganisationForm.Problem.ID_FORMAT, OrganisationForm.read(typed).problemsToAdd().get("id"));
        typed.put("id", "nieuw");
        assertEquals(OrganisationForm.Problem.ID_RESERVED, OrganisationForm.read(typed).problemsToAdd().get("id"),
                "the add page's own address");

        Map<String, String> symbols = new LinkedHashMap<>(good);
        symbols.put("name", "!!");
        assertEquals(OrganisationForm.Problem.ID_DERIVE, OrganisationForm.read(symbols).problemsToAdd().get("id"));

        Map<String, String> wrong = new LinkedHashMap<>(good);
        wrong.put("sector", "bakery");
        wrong.put("region", "x".repeat(101));
        Map<String, OrganisationForm.Problem> p = OrganisationForm.read(wrong).problemsToAdd();
        assertEquals(OrganisationForm.Problem.CHOICE, p.get("sector"));
        assertEquals(OrganisationForm.Problem.TOO_LONG, p.get("region"));
    }

    @Test
    void aChangeKeepsTheCodeAndCarriesTheVersionItWasReadAt() {
        Map<String, String> form = Map.of("name", "Laurens", "sector", "elderly-care", "region", "Rotterdam-Rijnmond",
                "sizeClass", "large", "version", "4");
        OrganisationForm f = OrganisationForm.read(form);
        assertEquals(4L, f.version());
        assertTrue(f.problemsToUpdate().isEmpty(), "no code needed to change an organisation");
        Map<String, String> noName = new LinkedHashMap<>(form);
        noName.put("name", "  ");
        noName.put("version", "vier");
        OrganisationForm g = OrganisationForm.read(noName);
        assertNull(g.version(), "an unreadable version: the page reads the organisation again");
        assertEquals(Map.of("name", OrganisationForm.Problem.REQUIRED), g.problemsToUpdate());
    }

    // --- versions ---

    static VersionSummary version(int n, String status) {
        return new VersionSummary().version(n).status(status);
    }

    @Test
    void onlyTheMovesTheLifecycleAllowsAreOffered() {
        assertEquals(List.of("PUBLISHED"), VersionMoves.from("DRAFT"));
        assertEquals(List.of("RETIRED"), VersionMoves.from("PUBLISHED"));
        assertEquals(List.of(), VersionMoves.from("RETIRED"));
        assertEquals(List.of(), VersionMoves.from(null));
        assertTrue(VersionMoves.allowed("DRAFT", "PUBLISHED"));
        assertFalse(VersionMoves.allowed("PUBLISHED", "PUBLISHED"), "publishing twice is a conflict");
        assertFalse(VersionMoves.allowed("RETIRED", "PUBLISHED"));
        assertEquals("publiceren", VersionMoves.slug("PUBLISHED"));
        assertEquals("RETIRED", VersionMoves.target("intrekken"));
        assertNull(VersionMoves.target("wissen"));
    }

    @Test
    void thePageShowsTheVersionAskedForElseTheNewestPublishedElseTheNewest() {
        List<VersionSummary> vs = List.of(version(1, "RETIRED"), version(2, "PUBLISHED"), version(3, "DRAFT"));
        assertEquals(2, VersionMoves.shown(vs, null));
        assertEquals(3, VersionMoves.shown(vs, 3));
        assertEquals(2, VersionMoves.shown(vs, 9), "a version that does not exist");
        assertEquals(1, VersionMoves.shown(List.of(version(1, "DRAFT")), null), "only a draft");
        assertNull(VersionMoves.shown(List.of(), null));
        assertEquals(3, VersionMoves.draft(vs));
        assertNull(VersionMoves.draft(List.of(version(1, "PUBLISHED"))));
    }

    @Test
    void theQuestionsAreInTheLanguageAskedForIfTheInstrumentHasIt() {
        assertEquals("en", VersionMoves.contentLanguage("en", "nl", List.of("nl", "en")));
        assertEquals("nl", VersionMoves.contentLanguage("de", "nl", List.of("nl", "en")));
        assertEquals("en", VersionMoves.contentLanguage(null, "en", List.of("nl", "en")), "the page's language");
        assertEquals("nl", VersionMoves.contentLanguage("en", "en", List.of("nl")));
        assertEquals("nl", VersionMoves.contentLanguage(null, "en", null));
    }

    // --- readable content ---

    static InstrumentDefinition definition() {
        Scale agree = new Scale().min(1).max(5).labels(Map.of(
                "nl", List.of("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens"),
                "en", List.of("strongly disagree", "disagree", "neutral", "agree", "strongly agree")));
        Scale often = new Scale().min(0).max(2).labels(Map.of("nl", List.of("nooit", "", "vaak")));
        return new InstrumentDefinition().languages(List.of("nl", "en")).scales(Map.of("agree5", agree, "often3", often))
                .dimensions(List.of(
                        new Dimension().key("safety").name(Map.of("nl", "Veiligheid", "en", "Safety"))
                                .description(Map.of("nl", "Hoe veilig het voelt.")).minRespondents(7)
                                .items(List.of(
                                        new Item().key("s1").type(ItemType.LIKERT).scale("agree5").required(true)
                                                .text(Map.of("nl", "Ik durf fouten te melden.", "en", "I dare to report mistakes.")),
                                        new Item().key("s2").type(ItemType.LIKERT).scale("agree5").reverse(true)
                                                .text(Map.of("nl", "Ik houd twijfels voor me.")))),
                        new Dimension().key("habits").name(Map.of("nl", "Gewoontes"))
                                .items(List.of(
                                        new Item().key("h1").type(ItemType.FREQUENCY).scale("often3")
                                                .text(Map.of("nl", "Hoe vaak leer je van een collega?", "en", "How often do you learn from a colleague?")),
                                        new Item().key("h2").type(ItemType.YES_NO).text(Map.of("nl", "Heb je een mentor?", "en", "Do you have a mentor?")),
                                        new Item().key("h3").type(ItemType.SINGLE_CHOICE).text(Map.of("nl", "Rol", "en", "Role"))
                                                .options(List.of(new Option().key("nurse").label(Map.of("nl", "Verpleegkundige", "en", "Nurse")),
                                                        new Option().key("other").label(Map.of()))),
                                        new Item().key("h4").type(ItemType.OPEN_TEXT).required(false)
                                                .text(Map.of("nl", "Toelichting", "en", "Comments"))))));
    }

    @Test
    void theQuestionsReadAsTheAnsweringPageShowsThem() {
        List<InstrumentContent.Part> nl = InstrumentContent.of(definition(), "nl", "Ja", "Nee");
        assertEquals(2, nl.size());
        InstrumentContent.Part safety = nl.get(0);
        assertEquals(1, safety.number());
        assertEquals("Veiligheid", safety.name());
        assertEquals("Hoe veilig het voelt.", safety.description());
        assertEquals(7, safety.minRespondents());
        InstrumentContent.Question s1 = safety.questions().get(0);
        assertEquals(List.of("1 – helemaal oneens", "2 – oneens", "3 – neutraal", "4 – eens", "5 – helemaal eens"), s1.options());
        assertTrue(s1.required());
        assertFalse(s1.reverse());
        assertTrue(safety.questions().get(1).reverse());
        assertTrue(safety.questions().get(1).required(), "required unless said otherwise, as the survey service reads it");

        InstrumentContent.Part habits = nl.get(1);
        assertEquals(List.of(3, 4, 5, 6), habits.questions().stream().map(InstrumentContent.Question::number).toList(),
                "numbered through the whole questionnaire");
        assertEquals(List.of("0 – nooit", "1", "2 – vaak"), habits.questions().get(0).options(), "a point without a label is its number");
        assertEquals(List.of("Ja", "Nee"), habits.questions().get(1).options());
        assertEquals(List.of("Verpleegkundige", "other"), habits.questions().get(2).options(), "an option without a label is its key");
        InstrumentContent.Question open = habits.questions().get(3);
        assertTrue(open.open());
        assertFalse(open.required());
        assertEquals(List.of(), open.options());
    }

    @Test
    void inEnglishAMissingTextFallsBackToDutchAndIsMarked() {
        List<InstrumentContent.Part> en = InstrumentContent.of(definition(), "en", "Yes", "No");
        assertEquals("Safety", en.get(0).name());
        assertEquals("Hoe veilig het voelt.", en.get(0).description(), "no English description: the Dutch one");
        InstrumentContent.Question s1 = en.get(0).questions().get(0);
        assertEquals("I dare to report mistakes.", s1.text());
        assertFalse(s1.fallback());
        assertEquals("5 – strongly agree", s1.options().get(4));
        InstrumentContent.Question s2 = en.get(0).questions().get(1);
        assertEquals("Ik houd twijfels voor me.", s2.text());
        assertTrue(s2.fallback());
        assertEquals("Gewoontes", en.get(1).name());
        assertEquals(List.of("0 – nooit", "1", "2 – vaak"), en.get(1).questions().get(0).options(), "Dutch scale labels when there are no English ones");
        assertEquals(List.of("Yes", "No"), en.get(1).questions().get(1).options());
        assertEquals(List.of(), InstrumentContent.of(null, "nl", "Ja", "Nee"));
    }
}
