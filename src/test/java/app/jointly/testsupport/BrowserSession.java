package app.jointly.testsupport;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a test class: {@code @RegisterExtension static final BrowserSession browser = new
 * BrowserSession();} then {@code browser.newPage()} in each test.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback {

    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        browser = Browser.launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
    }

    public Page newPage() {
        return browser.newPage();
    }
}
