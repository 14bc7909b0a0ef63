package app.jointly.collab;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.jointly.testsupport.BargainingTableFixture;
import app.jointly.testsupport.Browser;
import app.jointly.testsupport.BrowserSession;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In headless Chromium: a member has an article's co-editor open when every lead signs a proposal for it; the
 * editor takes the agreed text, turns read-only and says why, and the page explains where a change starts.
 */
@IntegrationTest
class LockedArticleBrowserIT {

    private static final String EDITOR = "document.querySelector('jointly-editor')";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    private Page page;

    @AfterEach
    void closePage() {
        if (page != null) {
            page.context().close();
        }
    }

    @Test
    void anOpenEditorTurnsReadOnlyWhenTheArticleIsAgreed() {
        BargainingTableFixture table = BargainingTableFixture.contract(api);
        String article = table.articles.get(0);
        page = browser.newPage();
        Browser.signIn(page, api.baseUrl(), table.districtMember.username(), table.districtMember.password());
        page.navigate(api.baseUrl() + "/workspaces/" + table.workspaceId + "/documents/" + table.documentId
                + "/sections/" + article);
        assertThat(page.locator("jointly-editor .jointly-editor-status")).hasText(Pattern.compile("Connected"));

        table.reachTentativeAgreement(article, "Evaluated every two years.");

        page.waitForFunction("() => " + EDITOR + "?.text === 'Evaluated every two years.'");
        assertThat(page.locator("jointly-editor .jointly-editor-status"))
                .hasText(Pattern.compile("tentative agreement"));
        assertThat(page.locator("jointly-editor .cm-content")).hasAttribute("contenteditable", "false");
        assertThat(page.locator(".jointly-locked-notice")).containsText("draft a proposal");
        assertThat(page.locator(".jointly-locked-notice a")).hasAttribute("href",
                "workspaces/" + table.workspaceId + "/table");
        assertEquals("Evaluated every two years.", table.document().json().path("sections").get(0)
                .path("markdown").asString());
    }
}
