package app.jointly.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.jointly.testsupport.Browser;
import app.jointly.testsupport.BrowserSession;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** In headless Chromium: signing in, refused sign-in, and creating a workspace from the UI. */
@IntegrationTest
class SignInBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        TestUser user = api.createUser("browser");
        Page page = browser.newPage();
        page.navigate(api.baseUrl() + "/login");
        page.locator("vaadin-login-form input[name=username]").fill(user.username());
        page.locator("vaadin-login-form input[name=password]").fill("definitely-wrong");
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(url -> url.contains("error"));
        assertThat(page.getByText("Check your username and password")).isVisible();
    }

    @Test
    void signedInUserCreatesAWorkspace() {
        TestUser user = api.createUser("browser");
        Page page = browser.newPage();
        Browser.signIn(page, api.baseUrl(), user.username(), user.password());
        assertThat(page.getByText("You are not in any workspace yet")).isVisible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Browser District and Union");
        page.getByText("Create workspace").click();
        page.waitForURL(url -> url.contains("/workspaces/"));
        assertThat(page.locator("h1")).hasText("Browser District and Union");
        assertThat(page.getByText("Your role: owner")).isVisible();
        assertThat(page.locator("vaadin-text-field[aria-label='Name of party District'], input[aria-label='Name of party District']").first()).isVisible();
    }
}
