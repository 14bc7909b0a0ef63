package app.jointly.share.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.jointly.testsupport.BrowserSession;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** In headless Chromium with no account: a presentation link opens, pages with the keyboard, and leaves feedback. */
@IntegrationTest
class PresentationBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    @Test
    void aFreshBrowserOpensTheLinkAndPagesThroughTheSectionsWithTheKeyboard() {
        TestUser owner = api.createUser("present-owner");
        JsonNode workspace = api.createWorkspace(owner, "Conference team");
        JsonNode plan = api.post(owner.token(), "/api/v1/workspaces/" + workspace.path("id").asString()
                + "/documents", Map.of("title", "Conference Plan", "kind", "plan", "sections", List.of(
                        Map.of("heading", "Problem", "markdown", "Too much **excellence** lives in pockets."),
                        Map.of("heading", "Theory of action", "markdown", "If we build capacity, then students gain."),
                        Map.of("heading", "Measures of success", "markdown", "Retention rises to 90%.")))).json();
        String url = api.post(owner.token(), "/api/v1/documents/" + plan.path("id").asString() + "/shares",
                Map.of("feedback", true)).text("url");

        Page page = browser.newPage();
        page.navigate(url);
        assertThat(page.locator("h1")).hasText("Conference Plan");
        assertThat(page.locator("section.jointly-slide h2")).hasText("Problem");
        assertThat(page.locator(".jointly-prose strong")).hasText("excellence");

        page.setViewportSize(1920, 1080);
        double projector = fontSize(page);
        page.setViewportSize(375, 740);
        double phone = fontSize(page);
        org.assertj.core.api.Assertions.assertThat(projector).as("large type on a projector").isGreaterThan(30);
        org.assertj.core.api.Assertions.assertThat(phone).as("readable on a phone").isBetween(16.0, 24.0);
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= window.innerWidth")).as("no sideways scrolling").isTrue();
        page.setViewportSize(1280, 800);

        page.keyboard().press("ArrowRight");
        assertThat(page.locator("section.jointly-slide h2")).hasText("Theory of action");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("section.jointly-slide h2")).hasText("Measures of success");
        assertThat(page.getByText("3 of 3")).isVisible();
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator("section.jointly-slide h2")).hasText("Theory of action");
        page.keyboard().press("Home");
        assertThat(page.locator("section.jointly-slide h2")).hasText("Problem");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Comment on this section")).click();
        page.getByLabel("Your name").fill("Pat Visitor");
        page.getByLabel("Your comment").fill("Typing ArrowRight here stays here.");
        page.getByLabel("Your comment").press("ArrowRight");
        assertThat(page.locator("section.jointly-slide h2")).hasText("Problem");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send feedback")).click();
        assertThat(page.getByText("Thank you: your feedback was sent to the team.")).isVisible();
        JsonNode feedback = api.get(owner.token(), "/api/v1/documents/" + plan.path("id").asString()
                + "/visitor-comments").json();
        org.assertj.core.api.Assertions.assertThat(feedback.findValuesAsString("name")).containsExactly("Pat Visitor");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Whole document")).click();
        assertThat(page.locator("section.jointly-slide h2")).hasCount(3);
    }

    private static double fontSize(Page page) {
        return ((Number) page.locator("section.jointly-slide").evaluate(
                "e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
    }

    @Test
    void anInvalidLinkShowsAPlainPage() {
        Page page = browser.newPage();
        page.navigate(api.baseUrl() + "/share/" + "x".repeat(43));
        assertThat(page.locator("h1")).hasText("This link is not valid");
        assertThat(page).hasTitle("Link not valid");
    }
}
