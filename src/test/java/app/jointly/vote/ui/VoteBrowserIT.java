package app.jointly.vote.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.jointly.testsupport.Browser;
import app.jointly.testsupport.BrowserSession;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * In headless Chromium: a member casts a ballot on the vote page, their page and a lead's page watching the same
 * vote show the new turnout and count; once closed, the decision log shows the result and "Verify log" reports
 * the chain intact.
 */
@IntegrationTest
class VoteBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    @Test
    void aBallotCastInTheBrowserUpdatesTheTallyAndTheResultIsLoggedAndVerified() {
        TestUser owner = api.createUser("vote-owner");
        TestUser lead = api.createUser("vote-lead");
        TestUser teacher = api.createUser("vote-teacher");
        JsonNode workspace = api.createWorkspace(owner, "Browser ballot", "District", "Union");
        String ws = workspace.path("id").asString();
        api.addMember(owner, workspace, lead, "lead", "Union");
        api.addMember(owner, workspace, teacher, "member", "Union");
        Response created = api.post(lead.token(), "/api/v1/workspaces/" + ws + "/votes", Map.of(
                "question", "Ratify the calendar?", "method", "ratification",
                "partyId", TestApi.partyId(workspace, "Union"), "secret", false));
        Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
        String voteId = created.text("id");
        Assertions.assertThat(api.post(lead.token(), "/api/v1/votes/" + voteId + "/open", Map.of()).text("status"))
                .isEqualTo("open");
        String votePage = api.baseUrl() + "/workspaces/" + ws + "/votes/" + voteId;

        Page watching = browser.newPage();
        Browser.signIn(watching, api.baseUrl(), lead.username(), lead.password());
        watching.navigate(votePage);
        assertThat(watching.getByText("Turnout: 0 of 2 eligible.")).isVisible();

        Page page = browser.newPage();
        Browser.signIn(page, api.baseUrl(), teacher.username(), teacher.password());
        page.navigate(votePage);
        assertThat(page.getByText("Ratify the calendar?").first()).isVisible();
        page.locator("vaadin-radio-button").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Yes")).first().click();
        page.getByText("Cast ballot", new Page.GetByTextOptions().setExact(true)).click();

        assertThat(page.getByText("Turnout: 1 of 2 eligible.")).isVisible();
        assertThat(page.getByText("Yes: 1", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(watching.getByText("Turnout: 1 of 2 eligible.")).isVisible();
        assertThat(watching.getByText("Yes: 1", new Page.GetByTextOptions().setExact(true))).isVisible();

        Assertions.assertThat(api.post(lead.token(), "/api/v1/votes/" + voteId + "/close", Map.of()).status())
                .isEqualTo(200);
        page.navigate(api.baseUrl() + "/workspaces/" + ws + "/decisions");
        assertThat(page.getByText("Vote \"Ratify the calendar?\"").first()).isVisible();
        page.getByText("Verify log", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator("[role=status]").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Intact"))).containsText("all 1 entries match");
    }
}
