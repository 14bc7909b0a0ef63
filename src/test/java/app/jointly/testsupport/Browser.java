package app.jointly.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for end-to-end tests: the system's Chromium (Playwright's own browser download is not
 * possible on our machines), started with the flags that keep it off the network.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browser launch() {
        Path chromium = chromium();
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium).setHeadless(true).setArgs(ARGS)));
    }

    /** A fresh page with its own cookies (so two pages can be two different people). */
    public Page newPage() {
        BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 800));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(username);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> !url.contains("/login"));
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Paths.get(candidate))) {
                return Paths.get(candidate);
            }
        }
        throw new IllegalStateException("No Chromium found: install the Debian package chromium (.ci/run does).");
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
