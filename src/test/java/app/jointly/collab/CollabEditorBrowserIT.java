package app.jointly.collab;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.jointly.testsupport.Browser;
import app.jointly.testsupport.BrowserSession;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import com.microsoft.playwright.Keyboard;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
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

    private static final String EDITOR = "document.querySelector('jointly-editor')";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    private final List<Page> pages = new ArrayList<>();
    private final List<String> console = new CopyOnWriteArrayList<>();
    private TestUser ana;
    private TestUser ben;
    private String documentId;

    /** Ana and Ben, members of one workspace, both with the co-editor of its one section open. */
    private void openSectionTwice(String text) {
        ana = api.createUser("ana");
        ben = api.createUser("ben");
        JsonNode workspace = api.createWorkspace(ana, "Live drafting", "District", "Union");
        api.addMember(ana, workspace, ben, "member", "Union");
        String workspaceId = workspace.path("id").asString();
        TestApi.Response created = api.post(ana.token(), "/api/v1/workspaces/" + workspaceId + "/documents",
                Map.of("title", "Contract", "kind", "contract",
                        "sections", List.of(Map.of("heading", "Article 12", "markdown", text))));
        documentId = created.text("id");
        String section = created.json().path("sections").get(0).path("id").asString();
        String path = "/workspaces/" + workspaceId + "/documents/" + documentId + "/sections/" + section;
        open(ana, "first", path);
        open(ben, "second", path);
        awaitText(pages.get(0), text);
        awaitText(pages.get(1), text);
    }

    private Page open(TestUser user, String name, String path) {
        Page page = browser.newPage();
        page.onConsoleMessage(m -> console.add(name + ": " + m.text()));
        page.onPageError(error -> console.add(name + " error: " + error));
        pages.add(page);
        Browser.signIn(page, api.baseUrl(), user.username(), user.password());
        page.navigate(api.baseUrl() + path);
        return page;
    }

    /** The editor's text (the remote cursors' name labels are in the DOM too, so not the element's text). */
    private void awaitText(Page page, String expected) {
        awaitText(page, expected, 10_000);
    }

    private void awaitText(Page page, String expected, double timeoutMs) {
        try {
            page.waitForFunction("expected => " + EDITOR + "?.text === expected", expected,
                    new Page.WaitForFunctionOptions().setTimeout(timeoutMs));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("Expected [" + expected + "] but the editor has ["
                    + page.evaluate("() => " + EDITOR + "?.text") + "]; " + diagnosis(), e);
        }
    }

    private String diagnosis() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            out.append("page ").append(i).append(": ").append(pages.get(i).evaluate("() => { const e = " + EDITOR + ";"
                    + " return JSON.stringify({text: e.text, head: e.view.state.selection.main.head,"
                    + " connection: e.dataset.connection, changes: e.recentChanges}); }")).append("; ");
        }
        return out.append("console: ").append(console.stream().filter(m -> !m.contains("Atmosphere")
                && !m.contains("push")).toList()).toString();
    }

    @AfterEach
    void closePages() {
        for (Page page : pages) {
            page.context().close();
        }
    }

    private String serverText() {
        return api.get(ana.token(), "/api/v1/documents/" + documentId).json()
                .path("sections").get(0).path("markdown").asString();
    }

    private void awaitServerText(String expected) {
        try {
            pages.getFirst().waitForCondition(() -> serverText().equals(expected));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("Expected [" + expected + "] on the server but it has [" + serverText()
                    + "]; " + diagnosis(), e);
        }
    }

    @Test
    void twoPagesEditTheSameSectionAndSeeEachOthersTyping() {
        openSectionTwice("Evaluation.");
        Page first = pages.get(0);
        Page second = pages.get(1);
        Locator firstEditor = first.locator("jointly-editor .cm-content");
        Locator secondEditor = second.locator("jointly-editor .cm-content");
        assertThat(first.locator("jointly-editor .jointly-editor-status")).hasText(Pattern.compile("Connected"));

        // type into the page in front, as a person would
        first.bringToFront();
        firstEditor.click();
        first.keyboard().press("End");
        first.keyboard().type(" Teachers are observed twice a year.", new Keyboard.TypeOptions()
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

        awaitServerText("Evaluation. Teachers are observed twice a year. Agreed.");
    }

    /** Both type with the keyboard, in turns, without waiting for the other's keystrokes: edits cross on the way. */
    @Test
    void typingInTheMiddleLandsAtTheCaretWhileSomeoneTypesAtTheEnd() {
        openSectionTwice("Evaluation.");
        Page first = pages.get(0);
        Page second = pages.get(1);
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
        for (int i = 0; i < 8; i++) {
            first.bringToFront();
            first.keyboard().type("a");
            second.bringToFront();
            second.keyboard().type("b");
        }

        String expected = "Evaluationbbbbbbbb. Teachers are observed.aaaaaaaa";
        awaitText(first, expected);
        awaitText(second, expected);
        awaitServerText(expected);
    }

    /**
     * Ben types in the middle of the text with the keyboard while Ana's typing at the end keeps arriving, first with
     * the authors hidden, then shown (author marks in the text): every character lands at his caret, and both pages
     * and the server end with the same text. Ana's page shows Ben's cursor where it is.
     */
    @RepeatedTest(2)
    void typingInTheMiddleLandsAtTheCaretWhileRemoteEditsArrive() {
        openSectionTwice("Evaluation.");
        Page first = pages.get(0);
        Page second = pages.get(1);
        first.bringToFront();
        first.locator("jointly-editor .cm-content").click();
        first.keyboard().press("Control+End");
        first.keyboard().type(" Teachers are observed twice a year.");
        String text = "Evaluation. Teachers are observed twice a year.";
        awaitText(second, text);

        second.bringToFront();
        second.locator("jointly-editor .cm-content").click();
        awaitFocus(second);
        String tail = " Observations are announced a week ahead.";
        text = typeInTheMiddle(first, second, text, "Evaluation. Teachers".length(), " (every one of them)", tail);

        // author marks in the text, and each person's text marked as theirs
        second.getByText("Show authors").click();
        assertThat(second.locator("jointly-editor .cm-author").first()).isVisible();
        second.locator("jointly-editor .cm-content").click();
        awaitFocus(second);
        text = typeInTheMiddle(first, second, text, "Evaluation".length(), " and feedback", " In writing.");

        awaitServerText(text);
        awaitRemoteCaret(first, "ben", "Evaluation and feedback".length());
    }

    /**
     * Ana's editor floods the server (400 presence messages at once, over the burst of 240) and types right after:
     * the server refuses the push as rate-limited, and the editor sends it again a second later (well before its
     * 10-second fallback for a push that got no answer).
     */
    @Test
    void aPushRefusedAsRateLimitedIsSentAgain() {
        openSectionTwice("Evaluation.");
        Page first = pages.get(0);
        Page second = pages.get(1);
        first.evaluate("() => { const e = " + EDITOR + "; window.collabErrors = [];"
                + " e.addEventListener('collab-error', event => collabErrors.push(event.detail.code));"
                + " for (let i = 0; i < 400; i++) e.send({type: 'presence', doc: e.doc, anchor: 0, head: 0});"
                + " e.view.dispatch({changes: {from: e.view.state.doc.length, insert: ' Agreed.'}, userEvent: 'input.type'}); }");
        awaitText(second, "Evaluation. Agreed.", 5_000);
        awaitServerText("Evaluation. Agreed.");
        assertTrue(((Number) first.evaluate("() => collabErrors.filter(c => c === 'rate-limited').length")).intValue() > 0,
                "the server refused messages as rate-limited");
    }

    @Test
    void aJoinRefusedAsUnavailableIsSentAgain() {
        openSectionTwice("Evaluation.");
        Page first = pages.get(0);
        Page second = pages.get(1);
        // the first page loses its connection, and its next join is refused (as by a node still starting: the
        // server never joined it); the page must join again by itself, or it never hears of anyone's typing
        first.evaluate("() => { const e = " + EDITOR + "; const send = e.send.bind(e); let refused = false;"
                + " e.send = m => { if (m.type === 'join' && !refused) { refused = true; setTimeout(() =>"
                + " e.receive({type: 'error', doc: e.doc, code: 'unavailable', message: 'Starting.'}), 0);"
                + " return true; } return send(m); };"
                + " e.socket.close(); }");
        first.waitForFunction("() => " + EDITOR + ".isJoined === false");
        second.evaluate("() => { const e = " + EDITOR + ";"
                + " e.view.dispatch({changes: {from: e.view.state.doc.length, insert: ' Agreed.'}, userEvent: 'input.type'}); }");
        awaitServerText("Evaluation. Agreed.");
        awaitText(first, "Evaluation. Agreed.", 8_000);
    }

    /**
     * Ana types {@code tail} at the end (a character every 20 ms, through her editor: one Playwright thread cannot
     * type into two pages at once) while Ben moves his caret to {@code at} with the arrow keys and types
     * {@code word}; returns the text everyone must end with.
     */
    private String typeInTheMiddle(Page ana, Page ben, String text, int at, String word, String tail) {
        ana.evaluate("tail => { const e = " + EDITOR + "; let i = 0;"
                + " const timer = setInterval(() => { if (i >= tail.length) { clearInterval(timer); return; }"
                + " const end = e.view.state.doc.length;"
                + " e.view.dispatch({changes: {from: end, insert: tail[i++]}, userEvent: 'input.type'}); }, 20); }",
                tail);
        ben.keyboard().press("Control+Home");
        for (int i = 0; i < at; i++) {
            ben.keyboard().press("ArrowRight");
        }
        ben.keyboard().type(word, new Keyboard.TypeOptions().setDelay(15));
        String expected = text.substring(0, at) + word + text.substring(at) + tail;
        awaitText(ana, expected);
        awaitText(ben, expected);
        assertEquals(at + word.length(), ((Number) ben.evaluate("() => " + EDITOR + ".view.state.selection.main.head"))
                .intValue(), "Ben's caret is right after what he typed");
        return expected;
    }

    /** CodeMirror knows it has the focus (else it never puts the browser's caret back after a remote change). */
    private void awaitFocus(Page page) {
        try {
            page.waitForFunction("() => " + EDITOR + ".view.hasFocus", null,
                    new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError("The editor does not know it has the focus (its root: "
                    + page.evaluate("() => String(" + EDITOR + ".view.root)") + ")", e);
        }
    }

    /** The remote cursor of {@code name} is at {@code pos}, in the presence state and on the screen. */
    private void awaitRemoteCaret(Page page, String name, int pos) {
        String check = "([name, pos]) => { const e = " + EDITOR + "; const p = e.others.find(p => p.user.name.startsWith(name));"
                + " const caret = [...e.querySelectorAll('.cm-remote-caret')].find(c => c.dataset.name.startsWith(name));"
                + " const at = e.view.coordsAtPos(pos);"
                + " return !!p && p.head === pos && !!caret && !!at && Math.abs(caret.getBoundingClientRect().left - at.left) < 3"
                + " && Math.abs(caret.getBoundingClientRect().top - at.top) < 3; }";
        try {
            page.waitForFunction(check, List.of(name, pos), new Page.WaitForFunctionOptions().setTimeout(5_000));
        } catch (com.microsoft.playwright.TimeoutError e) {
            throw new AssertionError(name + "'s cursor is not shown at " + pos + ": "
                    + page.evaluate("() => JSON.stringify(" + EDITOR + ".others)") + "; " + diagnosis(), e);
        }
    }
}
