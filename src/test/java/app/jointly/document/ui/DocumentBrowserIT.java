package app.jointly.document.ui;

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

/** In headless Chromium: signing in, creating a workspace and a document, adding a section in Markdown and reading it rendered and safe. */
@IntegrationTest
class DocumentBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    @Test
    void createsADocumentAndSeesTheRenderedMarkdown() {
        TestUser user = api.createUser("doc-browser");
        Page page = browser.newPage();
        Browser.signIn(page, api.baseUrl(), user.username(), user.password());
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Browser District and Union");
        page.getByText("Create workspace").click();
        page.waitForURL(url -> url.matches(".*/workspaces/[A-Za-z0-9-]{36}$"));
        String workspaceId = page.url().substring(page.url().lastIndexOf('/') + 1);

        page.navigate(api.baseUrl() + "/workspaces/" + workspaceId + "/documents/new");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Master Agreement");
        page.getByText("Create", new Page.GetByTextOptions().setExact(true)).click();
        page.waitForURL(url -> url.matches(".*/documents/[A-Za-z0-9-]{36}$"));
        assertThat(page.locator("h1").last()).hasText("Master Agreement");

        page.getByText("Add section").click();
        page.getByLabel("Heading", new Page.GetByLabelOptions().setExact(true)).fill("Article 12: Teacher Evaluation");
        page.getByLabel("Text (Markdown, optional)").fill("Evaluations use **multiple** measures.\n\n"
                + "| Step | BA |\n|--|--|\n| 1 | 45,000 |\n\n<img src=x onerror=\"document.title='pwned'\">");
        page.getByText("Add", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.locator("section.jointly-section h2")).hasText("Article 12: Teacher Evaluation");
        assertThat(page.locator(".jointly-prose strong")).hasText("multiple");
        assertThat(page.locator(".jointly-prose td").last()).hasText("45,000");
        assertThat(page.locator(".jointly-prose img")).hasCount(0);
        assertThat(page).not().hasTitle("pwned");

        page.navigate(api.baseUrl() + "/workspaces/" + workspaceId + "/documents");
        assertThat(page.getByText("Master Agreement")).isVisible();
    }
}
