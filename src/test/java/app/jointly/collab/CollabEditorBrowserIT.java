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
 * authorship, also when one types in the middle while the other types at the end; the REST API returns the
 * co-edited text.
 */
@IntegrationTest
class CollabEditorBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    /** The editor's text (the remote cursors' name labels are in the DOM too, so not the element's text). */
    private final List<Page> pages = new java.util.ArrayList<>();
    private final List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();

    private void awaitText(Page page, String expected) {
        try {
            page.waitForFunction("expected => document.querySelector('jointly-editor')?.text === expected", expected,
                    new Page.WaitForFunctionOptions().setTimeout(10_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("Expected [" + expected + "] but the editor has ["
                    + page.evaluate("() => document.querySelector('jointly-editor')?.text") + "]; pages: "
                    + pages.stream().map(p -> p.evaluate("() => { const e = document.querySelector('jointly-editor');"
                    + " return e.text + ' @' + e.view.state.selection.main.head + ' ' + e.dataset.connection; }"))
                    .toList() + "; changes: " + pages.getFirst().evaluate("() => JSON.stringify(document.querySelector('jointly-editor').recentChanges)")
                    + "; console: " + console.stream().filter(m -> !m.contains("Atmosphere")
                    && !m.contains("push")).toList(), e);
        }
    }

    private TestUser ana;
    private TestUser ben;
    private String documentId;
    private Page first;
    private Page second;

    /** Ana and Ben (two browser pages) open one section whose text is "Evaluation.". */
    private void openTheSameSection() {
        ana = api.createUser("ana");
        ben = api.createUser("ben");
        JsonNode workspace = api.createWorkspace(ana, "Live drafting", "District", "Union");
        api.addMember(ana, workspace, ben, "member", "Union");
        String workspaceId = workspace.path("id").asString();
        TestApi.Response created = api.post(ana.token(), "/api/v1/workspaces/" + workspaceId + "/documents",
                Map.of("title", "Contract", "kind", "contract",
                        "sections", List.of(Map.of("heading", "Article 12", "markdown", "Evaluation."))));
        documentId = created.text("id");
        String section = created.json().path("sections").get(0).path("id").asString();
        String path = "/workspaces/" + workspaceId + "/documents/" + documentId + "/sections/" + section;

        first = browser.newPage();
        first.onConsoleMessage(m -> console.add("first: " + m.text()));
        pages.add(first);
        Browser.signIn(first, api.baseUrl(), ana.username(), ana.password());
        first.navigate(api.baseUrl() + path);
        second = browser.newPage();
        second.onConsoleMessage(m -> console.add("second: " + m.text()));
        pages.add(second);
        Browser.signIn(second, api.baseUrl(), ben.username(), ben.password());
        second.navigate(api.baseUrl() + path);
        awaitText(first, "Evaluation.");
        awaitText(second, "Evaluation.");
    }

    private String storedText() {
        return api.get(ana.token(), "/api/v1/documents/" + documentId).json()
                .path("sections").get(0).path("markdown").asString();
    }

    @Test
    void typingInTheMiddleLandsAtTheCaretWhileSomeoneTypesAtTheEnd() {
        openTheSameSection();
        first.bringToFront();
        first.locator("jointly-editor .cm-content").click();
        first.keyboard().press("End");
        first.keyboard().type(" Teachers are observed.");
        awaitText(second, "Evaluation. Teachers are observed.");

        second.bringToFront();
        second.locator("jointly-editor .cm-content").click();
        second.keyboard().press("Control+Home");
        for (int i = 0; i < "Evaluation".length(); i++) {
            second.keyboard().press("ArrowRight");
        }
        // each types without waiting for the other's keystrokes to arrive, so edits cross on the way
        for (int i = 0; i < 8; i++) {
            first.bringToFront();
            first.keyboard().type("a");
            second.bringToFront();
            second.keyboard().type("b");
        }

        String expected = "Evaluationbbbbbbbb. Teachers are observed.aaaaaaaa";
        awaitText(first, expected);
        awaitText(second, expected);
        first.waitForCondition(() -> storedText().equals(expected));
    }

    @Test
    void twoPagesEditTheSameSectionAndSeeEachOthersTyping() {
        openTheSameSection();
        Locator firstEditor = first.locator("jointly-editor .cm-content");
        Locator secondEditor = second.locator("jointly-editor .cm-content");
        assertThat(first.locator("jointly-editor .jointly-editor-status")).hasText(Pattern.compile("Connected"));

        // the page being typed in must be the focused window, or the editor cannot see its focus
        first.bringToFront();
        firstEditor.click();
        first.keyboard().press("End");
        first.keyboard().type(" Teachers are observed twice a year.", new com.microsoft.playwright.Keyboard.TypeOptions()
                .setDelay(Double.parseDouble(System.getProperty("typing.delay", "0"))));
        awaitText(second, "Evaluation. Teachers are observed twice a year.");

        second.bringToFront();
        secondEditor.click();
        second.keyboard().press("End");
        second.keyboard().type(" Agreed.");
        awaitText(first, "Evaluation. Teachers are observed twice a year. Agreed.");
        assertThat(first.locator("jointly-editor .cm-remote-caret").first())
                .hasAttribute("data-name", Pattern.compile("ben"));

        first.getByText("Show authors").click();
        assertThat(first.locator("jointly-editor .jointly-editor-legend")).containsText("ana");
        assertThat(first.locator("jointly-editor .jointly-editor-legend")).containsText("ben");
        assertThat(first.locator("jointly-editor .cm-author").first()).isVisible();

        first.waitForCondition(() -> storedText().equals("Evaluation. Teachers are observed twice a year. Agreed."));
    }
}
