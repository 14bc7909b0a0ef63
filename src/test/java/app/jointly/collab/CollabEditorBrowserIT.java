package app.jointly.collab;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.jointly.testsupport.Browser;
import app.jointly.testsupport.BrowserSession;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * In headless Chromium: two people open the same section's co-editor and see each other's typing, cursors and
 * authorship; the REST API returns the co-edited text.
 */
@IntegrationTest
class CollabEditorBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    @Test
    void twoPagesEditTheSameSectionAndSeeEachOthersTyping() {
        TestUser ana = api.createUser("ana");
        TestUser ben = api.createUser("ben");
        JsonNode workspace = api.createWorkspace(ana, "Live drafting", "District", "Union");
        api.addMember(ana, workspace, ben, "member", "Union");
        String workspaceId = workspace.path("id").asString();
        TestApi.Response created = api.post(ana.token(), "/api/v1/workspaces/" + workspaceId + "/documents",
                Map.of("title", "Contract", "kind", "contract",
                        "sections", List.of(Map.of("heading", "Article 12", "markdown", "Evaluation."))));
        String documentId = created.text("id");
        String section = created.json().path("sections").get(0).path("id").asString();
        String path = "/workspaces/" + workspaceId + "/documents/" + documentId + "/sections/" + section;

        Page first = browser.newPage();
        Browser.signIn(first, api.baseUrl(), ana.username(), ana.password());
        first.navigate(api.baseUrl() + path);
        Page second = browser.newPage();
        Browser.signIn(second, api.baseUrl(), ben.username(), ben.password());
        second.navigate(api.baseUrl() + path);

        Locator firstEditor = first.locator("jointly-editor .cm-content");
        Locator secondEditor = second.locator("jointly-editor .cm-content");
        assertThat(firstEditor).hasText("Evaluation.");
        assertThat(secondEditor).hasText("Evaluation.");
        assertThat(first.locator("jointly-editor .jointly-editor-status")).hasText(Pattern.compile("Connected"));

        firstEditor.click();
        first.keyboard().press("End");
        first.keyboard().type(" Teachers are observed twice a year.");
        assertThat(secondEditor).hasText("Evaluation. Teachers are observed twice a year.");

        secondEditor.click();
        second.keyboard().press("Control+Home");
        second.keyboard().type("Article text: ");
        assertThat(firstEditor).hasText("Article text: Evaluation. Teachers are observed twice a year.");
        assertThat(first.locator("jointly-editor .cm-remote-name")).hasText(Pattern.compile("ben"));

        first.getByText("Show authors").click();
        assertThat(first.locator("jointly-editor .jointly-editor-legend")).containsText("ana");
        assertThat(first.locator("jointly-editor .jointly-editor-legend")).containsText("ben");
        assertThat(first.locator("jointly-editor .cm-author[title^='Written by ben']").first()).isVisible();

        first.waitForCondition(() -> api.get(ana.token(), "/api/v1/documents/" + documentId).json()
                .path("sections").get(0).path("markdown").asString()
                .equals("Article text: Evaluation. Teachers are observed twice a year."));
    }
}
