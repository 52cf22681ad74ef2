package nl.leercultuur.system.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A respondent on a phone, without signing in: the link printed with a code opens the questionnaire, one dimension
 * per step; a step left incomplete names each unanswered question; a respondent can stop and continue later; the
 * answers count once; the used code then has its own page. And the door for everyone else: the start page, signing
 * in on Keycloak's (Dutch) page and signing out again.
 */
class RespondJourneyIT {

    static WebStack stack;
    static Browser browser;

    @BeforeAll
    static void up() {
        stack = WebStack.get();
        browser = new Browser(RespondJourneyIT.class, stack.baseUrl());
    }

    @AfterAll
    static void down() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRespondentAnswersAWholeScanOnAPhoneAndTheAnswersCountOnce() {
        long t0 = System.nanoTime();
        WebStack.OpenScan scan = stack.openScan("Telefoonscan " + UUID.randomUUID().toString().substring(0, 8), 2);
        Page page = browser.page(Browser.Device.PHONE);
        page.navigate(scan.links().get(0));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasText("Je antwoorden zijn anoniem");
        browser.check(page, "respond-intro-phone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beginnen")).click();

        // a step sent without answers names every unanswered question next to it
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
        assertThat(page.locator(".field-error").first()).isVisible();
        int questions = page.locator("fieldset.question").count();
        assertTrue(questions > 0);
        assertEquals(questions, page.locator(".field-error").count());
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("gemarkeerde vragen");
        browser.check(page, "respond-step-errors-phone");

        int steps = 0;
        while (true) {
            steps++;
            assertThat(page.locator("progress")).isVisible();
            browser.check(page, "respond-step" + steps + "-phone");
            for (Locator q : page.locator("fieldset.question").all()) {
                List<Locator> options = q.getByRole(AriaRole.RADIO).all();
                options.get(options.size() / 2).check(); // the real radio, found by its role in the group
            }
            for (Locator t : page.locator("textarea").all()) {
                t.fill("Wat goed gaat: we bespreken fouten samen.");
            }
            Locator send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"));
            if (send.count() > 0) {
                send.click();
                break;
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            assertTrue(steps < 20, "more steps than any instrument has");
        }
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bedankt!");
        browser.check(page, "respond-thanks-phone");

        JsonNode view = stack.api("GET", "/api/v1/surveys/scans/" + scan.id(), "manager", null);
        assertEquals(1, view.path("responseCount").asInt(), "the response counts, once");

        page.navigate(scan.links().get(0));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Deze code is al gebruikt");
        browser.check(page, "respond-used-phone");
        page.context().close();
        System.out.printf("journey: a respondent answered %d steps on a phone in %.1f s%n", steps, (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void aRespondentStopsAndContinuesLaterWithTheKeyboardOnly() {
        long t0 = System.nanoTime();
        WebStack.OpenScan scan = stack.openScan("Toetsenbordscan " + UUID.randomUUID().toString().substring(0, 8), 1);
        Page page = browser.page(Browser.Device.PHONE);
        page.navigate(scan.links().get(0));
        tabTo(page, "a", "Beginnen");
        page.keyboard().press("Enter");
        page.waitForURL("**/1");
        // the first question with the keyboard: Tab into its radio group, an arrow picks the next option
        tabTo(page, "input[type=radio]", null);
        page.keyboard().press("Space");
        String answered = (String) page.evaluate("document.activeElement.name");
        tabTo(page, "button", "Opslaan en later verder");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Opgeslagen");
        browser.check(page, "respond-saved-phone");

        page.navigate(scan.links().get(0));
        assertThat(page.getByText("Je antwoorden van eerder zijn bewaard.")).isVisible();
        tabTo(page, "a", "Verder waar je was");
        page.keyboard().press("Enter");
        page.waitForURL("**/1");
        assertTrue((Boolean) page.evaluate("n => document.querySelector(`input[name='${n}']:checked`) !== null", answered),
                "the saved answer is still chosen");
        // the rest with the keyboard only: each group Tab + Space, then Enter on the step's main button
        int steps = 0;
        while (steps++ < 20) {
            int groups = page.locator("fieldset.question").count();
            for (int g = 0; g < groups; g++) {
                tabTo(page, "input[type=radio]", null);
                page.keyboard().press("Space");
            }
            boolean last = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen")).count() > 0;
            tabTo(page, "button", last ? "Versturen" : "Volgende");
            page.keyboard().press("Enter");
            if (last) {
                page.waitForURL("**/bedankt");
                break;
            }
            page.waitForURL("**/" + (steps + 1));
        }
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bedankt!");
        assertEquals(1, stack.api("GET", "/api/v1/surveys/scans/" + scan.id(), "manager", null).path("responseCount").asInt());
        page.context().close();
        System.out.printf("journey: keyboard only, saved and continued, in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    @Test
    void aMistypedOrUnknownCodeGetsAClearPageInEitherLanguage() {
        Page page = browser.page(Browser.Device.PHONE);
        page.navigate("/");
        browser.check(page, "home-phone");
        page.getByLabel("Je code").fill("abcd efgh jkmn");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Naar de vragenlijst")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Deze code kennen we niet");
        browser.check(page, "respond-unknown-phone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("We do not know this code");
        assertEquals("en", page.locator("html").getAttribute("lang"));
        page.navigate("/respond?code=123");
        assertThat(page.locator(".field-error")).containsText("not a valid code");
        browser.check(page, "respond-malformed-en-phone");
        page.context().close();
    }

    @Test
    void aManagerSignsInOnKeycloaksDutchPageAndSignsOutAgain() {
        long t0 = System.nanoTime();
        Page page = browser.page(Browser.Device.DESKTOP);
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen")).first().click();
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        browser.check(page, "keycloak-login-desktop");
        browser.signIn(page, "manager", stack.demoPassword());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitloggen"))).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("Scans");
        browser.check(page, "home-signed-in-desktop");
        List<String> cookies = page.context().cookies().stream().filter(c -> c.name.startsWith("q_session"))
                .map(c -> c.name + (c.httpOnly ? " httpOnly" : "") + " " + c.sameSite).toList();
        assertTrue(!cookies.isEmpty() && cookies.stream().allMatch(c -> c.contains("httpOnly") && c.endsWith("LAX")), cookies.toString());

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        page.waitForURL(stack.baseUrl() + "/**");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen")).first()).isVisible();
        // the Keycloak session ended too: signing in again asks for the password
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inloggen")).first().click();
        assertThat(page.locator("#kc-login")).isVisible();
        page.context().close();
        System.out.printf("journey: sign in and out in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /** Presses Tab until the focused element matches (at most 60 presses), as a keyboard user would. */
    static void tabTo(Page page, String selector, String text) {
        List<Object> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            Boolean hit = (Boolean) page.evaluate("([s, t]) => { const e = document.activeElement;"
                    + " return !!e && e.matches(s) && (t == null || e.textContent.trim() === t); }", java.util.Arrays.asList(selector, text));
            if (Boolean.TRUE.equals(hit)) {
                return;
            }
            seen.add(page.evaluate("() => { const e = document.activeElement; return e ? e.tagName + (e.name ? '[' + e.name + ']' : '') + ':' + (e.textContent || '').trim().substring(0, 20) : 'none'; }"));
        }
        throw new AssertionError("Tab never reached " + selector + (text == null ? "" : " '" + text + "'") + " on " + page.url() + "; focus went " + seen);
    }
}

