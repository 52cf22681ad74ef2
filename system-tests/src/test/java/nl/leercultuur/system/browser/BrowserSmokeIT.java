package nl.leercultuur.system.browser;

import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The browser harness itself, without a stack: Playwright's driver starts offline, drives Debian's Chromium, axe-core
 * passes an accessible page and fails one with a known violation, screenshots are written. Pages from a JDK HTTP
 * server on a free port of 127.0.0.1.
 */
class BrowserSmokeIT {

    static final String GOOD = """
            <!doctype html>
            <html lang="nl">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Proefpagina – Leercultuur</title>
            <style>body{font-family:sans-serif;margin:1rem;line-height:1.5;color:#1a1a1a;background:#fff}
            button{font-size:1rem;padding:.6rem 1.2rem;background:#00557a;color:#fff;border:0;border-radius:4px}
            label{display:block;margin:.5rem 0 .25rem}input{font-size:1rem;padding:.4rem;width:100%;max-width:20rem}</style></head>
            <body>
            <header><p>Leercultuur</p></header>
            <main>
              <h1>Uw code invoeren</h1>
              <p>Vul de code in die u van uw organisatie kreeg. Uw antwoorden zijn anoniem.</p>
              <form action="#" onsubmit="return false">
                <label for="code">Code</label>
                <input id="code" name="code" autocomplete="off" placeholder="ABCD-EFGH-JKLM">
                <p><button type="submit">Beginnen</button></p>
              </form>
            </main>
            <footer><p>Regionaal zorgnetwerk · ë é ü – ‘aanhalingstekens’</p></footer>
            </body></html>
            """;

    static final String BAD = """
            <!doctype html>
            <html lang="nl">
            <head><meta charset="utf-8"><title>Pagina met een fout</title></head>
            <body><main><h1>Resultaten</h1><img src="/grafiek.png" width="200" height="100"></main></body></html>
            """;

    static HttpServer server;
    static String base;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        for (Map.Entry<String, String> page : Map.of("/good", GOOD, "/bad", BAD).entrySet()) {
            server.createContext(page.getKey(), exchange -> {
                byte[] body = page.getValue().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
        }
        // a stand-in for Keycloak 26's login form (its ids and its error element), on origin localhost:<port>; a good
        // password redirects to the "application" on origin 127.0.0.1:<port>
        server.createContext("/realms/test/login", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if ("POST".equals(exchange.getRequestMethod()) && body.contains("username=manager&password=geheim")) {
                exchange.getResponseHeaders().set("Location", base + "/good");
                exchange.sendResponseHeaders(302, -1);
                exchange.close();
                return;
            }
            String error = "POST".equals(exchange.getRequestMethod())
                    ? "<div class=\"pf-v5-c-helper-text__item pf-m-error\" id=\"input-error-username\"><span>Ongeldige gebruikersnaam of wachtwoord.</span></div>"
                    : "";
            byte[] page = ("""
                    <!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen</title></head><body><main>
                    <h1>Inloggen bij Leercultuur</h1><form method="post" action="/realms/test/login">
                    <label for="username">Gebruikersnaam</label><input id="username" name="username">%s
                    <label for="password">Wachtwoord</label><input id="password" name="password" type="password">
                    <button id="kc-login" type="submit">Inloggen</button></form></main></body></html>
                    """).formatted(error).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        browser = new Browser(BrowserSmokeIT.class, base);
        System.out.printf("Playwright.create %d ms, Chromium %s launch %d ms%n", browser.createMillis(), browser.version(),
                browser.launchMillis());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anAccessiblePagePassesAndIsPhotographed() throws Exception {
        long t0 = System.nanoTime();
        Page page = browser.page(Browser.Device.PHONE);
        long t1 = System.nanoTime();
        page.navigate("/good");
        long t2 = System.nanoTime();
        AxeResults results = browser.check(page, "smoke-good-phone");
        long t3 = System.nanoTime();
        System.out.printf("phone page: new context+page %d ms, navigate %d ms, screenshot+axe %d ms; %s%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, browser.chromiumMemory());
        assertEquals(0, results.getViolations().size());
        assertTrue(results.getPasses().size() > 5, "axe ran its rules: " + results.getPasses().size() + " passed");
        assertEquals(390, page.evaluate("() => window.innerWidth"), "the phone viewport");
        assertEquals("nl-NL", page.evaluate("() => navigator.language"));
        long t4 = System.nanoTime();
        browser.shot(page, "smoke-good-phone-again");
        long t5 = System.nanoTime();
        browser.axe(page, "smoke-good-phone-again");
        System.out.printf("again, warm: screenshot %d ms, axe %d ms%n", (t5 - t4) / 1_000_000, (System.nanoTime() - t5) / 1_000_000);
        Path shot = Browser.SCREENSHOTS.resolve("smoke-good-phone.png");
        assertTrue(Files.size(shot) > 5_000, "a screenshot with something in it: " + shot);

        Page desktop = browser.page(Browser.Device.DESKTOP);
        desktop.navigate("/good");
        browser.check(desktop, "smoke-good-desktop");
        assertEquals(1280, desktop.evaluate("() => window.innerWidth"));
        page.context().close();
        desktop.context().close();
    }

    @Test
    void signInFillsTheLoginFormAndWaitsForTheWayBack() {
        String login = base.replace("127.0.0.1", "localhost") + "/realms/test/login";
        Page page = browser.page(Browser.Device.PHONE);
        page.navigate(login);
        browser.check(page, "smoke-login-phone");
        browser.signIn(page, "manager", "geheim");
        assertEquals(base + "/good", page.url());

        Page wrong = browser.page(Browser.Device.PHONE);
        wrong.navigate(login);
        long t0 = System.nanoTime();
        AssertionError failure = assertThrows(AssertionError.class, () -> browser.signIn(wrong, "manager", "fout"));
        assertTrue(failure.getMessage().contains("Ongeldige gebruikersnaam of wachtwoord."), failure.getMessage());
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "a refusal fails at once, not after the timeout");
        page.context().close();
        wrong.context().close();
    }

    @Test
    void aPageWithAViolationFailsNamingTheRule() {
        Page page = browser.page(Browser.Device.PHONE);
        page.navigate("/bad");
        AssertionError failure = assertThrows(AssertionError.class, () -> browser.check(page, "smoke-bad-phone"));
        System.out.println("the expected failure:\n" + failure.getMessage());
        assertTrue(failure.getMessage().contains("image-alt"), failure.getMessage());
        assertTrue(failure.getMessage().contains("[critical]"), failure.getMessage());
        assertTrue(failure.getMessage().contains("img"), "names the element: " + failure.getMessage());
        assertTrue(Files.exists(Browser.SCREENSHOTS.resolve("smoke-bad-phone.png")), "photographed even though it failed");
        assertTrue(browser.summary().stream().anyMatch(c -> c.name().equals("smoke-bad-phone") && c.violations() >= 1));
        page.context().close();
    }
}
