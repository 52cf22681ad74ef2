package nl.leercultuur.system.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Wat helpt" (the catalogue) in Chromium, on a desktop and on a phone: a visitor searches for "leren", narrows it to
 * one kind (the number of results drops to the number the filter promised, and every result is of that kind), opens an
 * entry; a curator drafts an entry with a title of its own (the empty form first: errors at the fields) and sends it
 * for review; an admin, in a browser of their own, publishes it; a visitor then finds it (and, once the admin archived
 * it again, no longer: the empty result). The filtered search also with
 * the keyboard only. Every page passes axe-core (WCAG 2.1 A/AA). (Named apart from the API journey
 * {@code nl.leercultuur.system.CatalogueJourneyIT}.)
 */
class CatalogueBrowserJourneyIT {

    private static final Pattern NUMBER = Pattern.compile("(\\d+)");

    static WebStack stack;
    static Browser browser;

    @BeforeAll
    static void start() {
        stack = WebStack.get();
        browser = new Browser(CatalogueBrowserJourneyIT.class, stack.baseUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Browser.Device.class)
    void searchDraftReviewPublishAndFind(Browser.Device device) {
        long t0 = System.nanoTime();
        String dev = device.name().toLowerCase();
        String title = "Samen leren aan de koffietafel " + Long.toString(System.nanoTime(), 36) + " " + dev;

        // a visitor searches, narrows by a kind, opens an entry
        Page visitor = browser.page(device);
        visitor.navigate("/catalogus");
        assertThat(visitor.locator("h1")).hasText("Wat helpt");
        browser.check(visitor, "cat-search-" + dev);
        visitor.getByLabel("Zoek op een woord").fill("leren");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken").setExact(true)).click();
        Locator count = visitor.getByRole(AriaRole.STATUS);
        assertThat(count).containsText("resultaten voor ‘leren’");
        int all = number(count.innerText());
        assertTrue(all > 10, "a common word finds many entries: " + all);
        Locator book = visitor.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Boek \\(\\d+\\)$")));
        int promised = number(label(visitor, book));
        book.check();
        assertThat(count).hasText(Pattern.compile("^" + promised + " resultaten? voor ‘leren’$"));
        assertTrue(promised < all, "the filter narrows: " + promised + " of " + all);
        assertTrue(visitor.url().contains("kind=book"), "the address follows the search: " + visitor.url());
        everyResultIs(visitor, "Boek");
        browser.check(visitor, "cat-search-filtered-" + dev);

        // the address is the search: loaded anew (without htmx's help) it shows the same
        visitor.navigate(visitor.url());
        assertThat(count).hasText(Pattern.compile("^" + promised + " resultaten? voor ‘leren’$"));
        assertTrue(visitor.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Boek"))).isChecked());

        Locator first = visitor.locator("#results").getByRole(AriaRole.HEADING).first();
        String entryTitle = first.innerText().trim();
        first.getByRole(AriaRole.LINK).click();
        assertThat(visitor.locator("h1")).hasText(entryTitle);
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Over dit item"))).isVisible();
        assertThat(visitor.locator("main")).containsText("Boek");
        browser.check(visitor, "cat-entry-" + dev);
        visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de zoekresultaten")).click();
        assertThat(count).hasText(Pattern.compile("^" + promised + " resultaten? voor ‘leren’$"));
        visitor.context().close();

        // a curator drafts an entry and sends it for review
        Page curator = browser.page(device);
        signIn(curator, "curator");
        curator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beheer van de catalogus")).click();
        assertThat(curator.locator("h1")).hasText("Beheer van de catalogus");
        browser.check(curator, "cat-curation-list-" + dev);
        curator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw item")).click();
        assertThat(curator.locator("h1")).hasText("Nieuw item");
        browser.check(curator, "cat-curation-new-" + dev);
        Locator save = curator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan als concept"));
        save.click();
        assertThat(curator.getByRole(AriaRole.ALERT)).containsText("Controleer de gemarkeerde velden.");
        assertThat(curator.locator("#e-title-error")).hasText("Vul dit in.");
        assertThat(curator.locator("#e-summary-error")).hasText("Vul dit in.");
        browser.check(curator, "cat-curation-errors-" + dev);
        curator.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Soort \\(verplicht\\)$")))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Artikel"));
        curator.getByLabel("Titel").fill(title);
        curator.getByLabel("Samenvatting").fill("Hoe een team elke ochtend vijf minuten bij de koffie terugkijkt op wat het leerde.");
        curator.getByLabel("Jaar").fill("2025");
        curator.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Teams").setExact(true)).check();
        curator.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Reflectie").setExact(true)).check();
        save.click();
        assertThat(curator.locator("h1")).hasText(title);
        assertThat(curator.locator(".notice.ok")).hasText("Het item is aangemaakt als concept.");
        assertThat(curator.locator(".cur-status")).hasText("Status: Concept");
        browser.check(curator, "cat-curation-draft-" + dev);
        curator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ter beoordeling aanbieden")).click();
        assertThat(curator.locator(".notice.ok")).hasText("Het item is aangeboden ter beoordeling.");
        assertThat(curator.locator(".cur-status")).hasText("Status: Ter beoordeling");
        assertEquals(0, curator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).count(),
                "a curator is not offered publishing");
        assertThat(curator.locator("main")).containsText("Publiceren en archiveren doet een beheerder.");
        assertEquals(2, curator.locator("table tbody tr").count(), "created, sent for review");
        browser.check(curator, "cat-curation-in-review-" + dev);
        curator.context().close();

        // an admin, in a browser of their own, publishes it
        Page admin = browser.page(device);
        signIn(admin, "admin");
        admin.navigate("/catalogus/beheer");
        assertThat(admin.locator("nav.tabs [aria-current=page]")).containsText("Ter beoordeling");
        admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(admin.locator("h1")).hasText(title);
        browser.check(admin, "cat-curation-review-" + dev);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publiceren")).click();
        assertThat(admin.locator(".notice.ok")).hasText("Het item is gepubliceerd: iedereen kan het nu vinden.");
        assertThat(admin.locator(".cur-status")).hasText("Status: Gepubliceerd");
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Archiveren"))).isVisible();
        List<String> history = admin.locator("table tbody tr").allInnerTexts();
        assertEquals(3, history.size(), "created, sent for review, published: " + history);
        assertTrue(history.get(2).contains("Gepubliceerd") && history.get(2).contains("jij"), history.get(2));
        assertTrue(history.get(0).contains("een collega"), "the curator's step, seen by the admin: " + history.get(0));
        browser.check(admin, "cat-curation-published-" + dev);

        // a visitor finds it now
        Page later = browser.page(device);
        later.navigate("/catalogus");
        later.getByLabel("Zoek op een woord").fill(title);
        later.getByLabel("Zoek op een woord").press("Enter");
        assertThat(later.getByRole(AriaRole.STATUS)).hasText("1 resultaat voor ‘" + title + "’");
        later.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
        assertThat(later.locator("h1")).hasText(title);
        assertThat(later.locator("main")).containsText("Reflectie");
        browser.check(later, "cat-entry-new-" + dev);

        // the admin archives it again (the catalogue stays as it was); visitors no longer find it
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Archiveren")).click();
        assertThat(admin.locator(".cur-status")).hasText("Status: Gearchiveerd");
        assertThat(admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opnieuw als concept openen"))).isVisible();
        admin.context().close();
        later.navigate("/catalogus?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(later.getByRole(AriaRole.STATUS)).hasText("Geen resultaten voor ‘" + title + "’");
        assertThat(later.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Niets gevonden"))).isVisible();
        browser.check(later, "cat-search-empty-" + dev);
        later.context().close();
        System.out.printf("catalogue journey (%s): %.1f s%n", dev, (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void theSearchNarrowedByAFacetWithTheKeyboardOnly() {
        long t0 = System.nanoTime();
        Page page = browser.page(Browser.Device.DESKTOP);
        page.navigate("/catalogus");
        tabTo(page, "input[type=search]");
        page.keyboard().type("leren");
        Locator count = page.getByRole(AriaRole.STATUS);
        assertThat(count).containsText("resultaten voor ‘leren’"); // the results follow the typing, no Enter needed
        assertTrue(page.url().endsWith("/catalogus?q=leren"), "the address follows: " + page.url());
        assertThat(page).hasTitle("Zoeken in Wat helpt: leren · Leercultuur");
        int all = number(count.innerText());
        Locator article = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(Pattern.compile("^Artikel \\(\\d+\\)$")));
        int promised = number(label(page, article));
        tabTo(page, "input[type=checkbox][value=article]");
        page.keyboard().press("Space");
        page.keyboard().press("Enter");
        assertThat(count).hasText(Pattern.compile("^" + promised + " resultaten? voor ‘leren’$"));
        assertTrue(promised < all, promised + " of " + all);
        assertTrue(article.isChecked());
        everyResultIs(page, "Artikel");
        assertEquals("article", page.evaluate("() => document.activeElement.value"),
                "the focus stays on the checkbox while the results change");
        browser.check(page, "cat-search-keyboard-desktop");
        page.context().close();
        System.out.printf("catalogue keyboard journey: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void theInstrumentGuideSuggestsInstruments() {
        Page page = browser.page(Browser.Device.PHONE);
        page.navigate("/catalogus");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Welk meetinstrument past bij je vraag?")).click();
        assertThat(page.locator("h1")).hasText("Welk meetinstrument past?");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Eén team")).check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Een korte check")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon passende instrumenten")).click();
        assertTrue(page.url().contains("scope=team"), page.url());
        assertThat(page.locator("#guide-results")).containsText("instrumenten passen het best");
        assertThat(page.locator("ol.guide-list > li").first()).containsText("Waarom");
        browser.check(page, "cat-guide-phone");
        page.context().close();
    }

    private static void everyResultIs(Page page, String kind) {
        List<String> kinds = page.locator("#results .result .kind-tag").allInnerTexts();
        assertTrue(!kinds.isEmpty(), "results shown");
        kinds.forEach(k -> assertEquals(kind, k.trim(), "every result is a " + kind + ": " + kinds));
    }

    /** The visible text of the label of a form control. */
    private static String label(Page page, Locator control) {
        String id = control.getAttribute("id");
        return page.locator("label[for='" + id + "']").innerText();
    }

    private static int number(String text) {
        Matcher m = NUMBER.matcher(text);
        assertTrue(m.find(), "a number in '" + text + "'");
        return Integer.parseInt(m.group(1));
    }

    /** From the catalogue: its "Inloggen" link, Keycloak's form, back on the catalogue signed in. */
    private static void signIn(Page page, String user) {
        page.navigate("/catalogus");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen").setExact(true)).first().click();
        browser.signIn(page, user, stack.demoPassword());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitloggen"))).isVisible();
        assertThat(page.locator("h1")).hasText("Wat helpt");
    }

    /** Tab (only the keyboard) until the element matching the selector has the focus. */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }
}
