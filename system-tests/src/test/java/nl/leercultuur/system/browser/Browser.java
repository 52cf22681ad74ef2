package nl.leercultuur.system.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.LoadState;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One Playwright and one headless Chromium for a test class (open it in {@code @BeforeAll}, close it in
 * {@code @AfterAll}). Playwright downloads no browser: it drives Debian's {@code /usr/bin/chromium}
 * ({@code scripts/ensure-chromium.sh}; another one with {@code -Dbrowser.chromium=/path}). Every page of a journey
 * goes through {@link #check}: a full-page screenshot in {@code target/screenshots/} and axe-core's WCAG 2.1 A/AA
 * rules, which fail the test on any violation. {@link #close} prints a table of the pages checked (and writes it
 * next to the screenshots).
 */
public final class Browser implements AutoCloseable {

    /** The two viewports every journey is walked in. */
    public enum Device {
        /** 390×844, mobile and touch (an iPhone 12-15's CSS viewport); device scale factor 1 to keep shots small. */
        PHONE(390, 844, true),
        /** 1280×900. */
        DESKTOP(1280, 900, false);

        public final int width;
        public final int height;
        public final boolean mobile;

        Device(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    /** One checked page in the summary table. */
    public record Checked(String name, Device device, int violations, String rules, long millis, Path screenshot) {
    }

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21aa");
    public static final Path SCREENSHOTS = Path.of(System.getProperty("user.dir"), "target", "screenshots");
    static final String CHROMIUM = System.getProperty("browser.chromium", "/usr/bin/chromium");

    private final String title;
    private final String baseUrl;
    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final long createMillis;
    private final long launchMillis;
    private final Map<Page, Device> devices = Collections.synchronizedMap(new IdentityHashMap<>());
    private final List<Checked> checked = Collections.synchronizedList(new ArrayList<>());

    /** A browser whose pages navigate to absolute URLs only. */
    public Browser(Class<?> testClass) {
        this(testClass, null);
    }

    /** A browser whose pages resolve relative URLs ({@code page.navigate("/scans")}) against {@code baseUrl}. */
    public Browser(Class<?> testClass, String baseUrl) {
        this.title = testClass.getSimpleName();
        this.baseUrl = baseUrl;
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException(CHROMIUM + " is missing: run scripts/ensure-chromium.sh (Debian's chromium)");
        }
        long t0 = System.nanoTime();
        // the driver (Node, bundled in the driver-bundle jar) must see this, or it tries to download browsers
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        long t1 = System.nanoTime();
        try {
            chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(CHROMIUM))
                    .setHeadless(true)
                    // root in a container: no user namespaces for Chromium's sandbox
                    .setArgs(List.of("--no-sandbox")));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
        createMillis = (t1 - t0) / 1_000_000;
        launchMillis = (System.nanoTime() - t1) / 1_000_000;
    }

    /** How long {@code Playwright.create} took (extracting and starting the Node driver), in ms. */
    public long createMillis() {
        return createMillis;
    }

    /** How long launching Chromium took, in ms. */
    public long launchMillis() {
        return launchMillis;
    }

    public String version() {
        return chromium.version();
    }

    /** A fresh context (no cookies, no storage) and a page in it: the given viewport, locale nl-NL, Amsterdam time. */
    public Page page(Device device) {
        com.microsoft.playwright.Browser.NewContextOptions o = new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(device.width, device.height)
                .setIsMobile(device.mobile)
                .setHasTouch(device.mobile)
                .setDeviceScaleFactor(1)
                .setLocale("nl-NL")
                .setTimezoneId("Europe/Amsterdam");
        if (baseUrl != null) {
            o.setBaseURL(baseUrl);
        }
        BrowserContext context = chromium.newContext(o);
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(30_000);
        Page page = context.newPage();
        devices.put(page, device);
        return page;
    }

    /**
     * axe-core (tags wcag2a, wcag2aa, wcag21aa) on the page as it is now; fails listing every violation (rule id,
     * impact, help, the first few target selectors). Returns the results (passes, incomplete) when there is none.
     */
    public AxeResults axe(Page page, String name) {
        return record(page, name, null, System.nanoTime());
    }

    /** A full-page PNG of the page as {@code target/screenshots/<name>.png}; returns its path. */
    public Path shot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(fileName(name) + ".png");
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** {@link #shot} then {@link #axe}: the page is photographed even when axe fails it. Every journey page. */
    public AxeResults check(Page page, String name) {
        long t0 = System.nanoTime();
        Path file = shot(page, name);
        return record(page, name, file, t0);
    }

    private AxeResults record(Page page, String name, Path file, long t0) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe could not check '" + name + "' (" + page.url() + "): " + results.getErrorMessage());
        }
        List<Rule> violations = results.getViolations() == null ? List.of() : results.getViolations();
        checked.add(new Checked(name, devices.get(page), violations.size(),
                violations.stream().map(Rule::getId).collect(Collectors.joining(",")), (System.nanoTime() - t0) / 1_000_000, file));
        if (!violations.isEmpty()) {
            throw new AssertionError(describe(name, page.url(), violations) + (file == null ? "" : "\n  screenshot: " + file));
        }
        return results;
    }

    static String describe(String name, String url, List<Rule> violations) {
        StringBuilder b = new StringBuilder().append(violations.size())
                .append(violations.size() == 1 ? " accessibility violation" : " accessibility violations")
                .append(" (axe-core, WCAG 2.1 A/AA) on '").append(name).append("' (").append(url).append("):");
        for (Rule r : violations) {
            List<CheckedNode> nodes = r.getNodes() == null ? List.of() : r.getNodes();
            b.append("\n  - ").append(r.getId()).append(" [").append(r.getImpact()).append("] ").append(r.getHelp())
                    .append(" (").append(nodes.size()).append(nodes.size() == 1 ? " element" : " elements").append("): ")
                    .append(nodes.stream().limit(3).map(n -> target(n.getTarget())).collect(Collectors.joining(", ")))
                    .append(nodes.size() > 3 ? ", …" : "")
                    .append("\n      ").append(r.getHelpUrl());
        }
        return b.toString();
    }

    /** axe's target: a list of selectors, one per frame (nested lists for shadow DOM). */
    static String target(Object t) {
        if (t instanceof List<?> l) {
            return l.stream().map(Browser::target).collect(Collectors.joining(" >> "));
        }
        return String.valueOf(t);
    }

    /**
     * On Keycloak's login form (Keycloak 26: {@code #username}, {@code #password}, {@code #kc-login}), signs in and
     * waits (up to 20 s) for the redirect back to the application: the first URL of another origin than the form's,
     * loaded. Fails, with a screenshot, when no login form shows within 15 s, or when Keycloak answers with a message
     * (a wrong password: the message is in the failure) or keeps the page.
     */
    public void signIn(Page page, String user, String password) {
        Locator button = page.locator("#kc-login");
        try {
            button.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        } catch (PlaywrightException e) {
            throw new AssertionError("no Keycloak login form on " + page.url() + "; screenshot " + shot(page, "signin-no-form-" + user));
        }
        String keycloak = origin(page.url());
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        button.click();
        Locator error = page.locator(LOGIN_ERROR);
        long end = System.nanoTime() + 20_000_000_000L;
        while (origin(page.url()).equals(keycloak)) {
            String message = visibleText(error);
            if (message != null || System.nanoTime() > end) {
                throw new AssertionError("signing in as " + user + " did not leave Keycloak (" + page.url() + ")"
                        + (message == null ? "" : ": " + message) + "; screenshot " + shot(page, "signin-failed-" + user));
            }
            page.waitForTimeout(100);
        }
        page.waitForLoadState(LoadState.LOAD);
    }

    /** Where Keycloak 26's login pages (theme keycloak.v2: field.ftl, template.ftl) put a refusal. */
    static final String LOGIN_ERROR = "[id^='input-error-'].pf-m-error, .pf-m-danger .kc-feedback-text";

    private static String visibleText(Locator l) {
        try {
            for (int i = 0; i < l.count(); i++) {
                if (l.nth(i).isVisible()) {
                    return l.nth(i).innerText().trim();
                }
            }
        } catch (PlaywrightException e) {
            // the page navigated meanwhile
        }
        return null;
    }

    static String origin(String url) {
        URI u = URI.create(url);
        return u.getScheme() + "://" + u.getHost() + ":" + u.getPort();
    }

    /** The pages checked so far, in order. */
    public List<Checked> summary() {
        synchronized (checked) {
            return List.copyOf(checked);
        }
    }

    /** The summary as a small table. */
    public String table() {
        List<Checked> rows = summary();
        int w = Math.max(4, rows.stream().mapToInt(c -> c.name().length()).max().orElse(4));
        StringBuilder b = new StringBuilder(String.format("%s: %d page(s) checked (axe-core, %s)%n", title, rows.size(), String.join(" ", WCAG_TAGS)));
        b.append(String.format("  %-" + w + "s  %-7s  %10s  %6s  %s%n", "page", "device", "violations", "ms", "rules"));
        for (Checked c : rows) {
            b.append(String.format("  %-" + w + "s  %-7s  %10d  %6d  %s%n", c.name(),
                    c.device() == null ? "-" : c.device().name().toLowerCase(), c.violations(), c.millis(), c.rules()));
        }
        return b.toString();
    }

    /**
     * Chromium's memory now: its processes (descendants of this JVM) with the sum of their RSS and of their PSS (which
     * counts shared pages once); from /proc, so Linux only.
     */
    public String chromiumMemory() {
        List<ProcessHandle> procs = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.contains("chromium") || c.contains("chrome")).orElse(false))
                .toList();
        long rss = 0;
        long pss = 0;
        for (ProcessHandle p : procs) {
            rss += procKb(p.pid(), "status", "VmRSS:");
            pss += procKb(p.pid(), "smaps_rollup", "Pss:");
        }
        return String.format("%d chromium processes, RSS %d MB (sum), PSS %d MB", procs.size(), rss / 1024, pss / 1024);
    }

    private static long procKb(long pid, String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), file))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone meanwhile, or not Linux
        }
        return 0;
    }

    static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** Prints the table (and writes it to target/screenshots/&lt;class&gt;.txt), closes Chromium and Playwright. */
    @Override
    public void close() {
        try {
            String table = table();
            System.out.println(table);
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(title + ".txt"), table);
        } catch (IOException e) {
            // the table is on stdout
        } finally {
            try {
                chromium.close();
            } finally {
                playwright.close();
            }
        }
    }
}
