package app.jointly.proposal.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.jointly.testsupport.Browser;
import app.jointly.testsupport.BrowserSession;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * In headless Chromium, two leads walk one article from proposal to counter to tentative agreement; the other
 * side's open table refreshes by server push, and a draft never shows up there.
 */
@IntegrationTest
class BargainingTableBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    TestApi api;

    @Test
    void oneArticleFromProposalToCounterToTentativeAgreement() {
        TestUser owner = api.createUser("owner");
        JsonNode workspace = api.createWorkspace(owner, "Browser table", "District", "Union");
        String ws = workspace.path("id").asString();
        TestUser district = api.createUser("dlead");
        TestUser union = api.createUser("ulead");
        api.addMember(owner, workspace, district, "lead", "District");
        api.addMember(owner, workspace, union, "lead", "Union");
        Response doc = api.post(owner.token(), "/api/v1/workspaces/" + ws + "/documents", Map.of("title",
                "Master agreement", "kind", "contract", "sections", List.of(Map.of("heading",
                        "Article 12: Teacher Evaluation", "markdown", "Teachers are evaluated every year."))));
        String table = api.baseUrl() + "/workspaces/" + ws + "/table";

        Page unionPage = browser.newPage();
        Browser.signIn(unionPage, api.baseUrl(), union.username(), union.password());
        unionPage.navigate(table);
        assertThat(unionPage.getByText("No proposals yet.")).isVisible();

        Page districtPage = browser.newPage();
        Browser.signIn(districtPage, api.baseUrl(), district.username(), district.password());
        districtPage.navigate(table);
        districtPage.getByText("Draft a proposal").first().click();
        districtPage.getByLabel("Proposed text")
                .fill("Teachers are evaluated every two years.");
        districtPage.getByText("Save draft").click();
        districtPage.waitForURL(url -> url.contains("/proposals/"));
        assertThat(districtPage.locator(".proposal-status").first()).containsText("Draft");
        assertThat(districtPage.locator(".caucus")).isVisible();

        assertThat(unionPage.getByText("No proposals yet.")).isVisible();
        assertThat(unionPage.locator(".proposal-link")).hasCount(0);

        districtPage.getByText("Present across the table").click();
        assertThat(districtPage.locator(".proposal-status").first()).containsText("Presented");
        assertThat(unionPage.locator(".proposal-link")).hasCount(1);
        assertThat(unionPage.locator(".proposal-link").first()).containsText("Presented");

        unionPage.locator(".proposal-link").first().click();
        unionPage.waitForURL(url -> url.contains("/proposals/"));
        assertThat(unionPage.locator(".redline-agreed del")).containsText("year");
        assertThat(unionPage.locator(".caucus")).hasCount(0);
        unionPage.getByText("Counter", new Page.GetByTextOptions().setExact(true)).click();
        unionPage.getByLabel("Proposed text")
                .fill("Teachers are evaluated every three years.");
        String proposalUrl = unionPage.url();
        unionPage.getByText("Save draft").click();
        unionPage.waitForURL(url -> !url.equals(proposalUrl));
        unionPage.getByText("Present across the table").click();
        assertThat(unionPage.locator(".proposal-status").first()).containsText("Presented");
        assertThat(unionPage.locator(".redline-countered ins")).containsText("three");

        districtPage.navigate(unionPage.url());
        districtPage.getByText("Sign off for my party").click();
        assertThat(districtPage.locator(".sign-offs")).isVisible();
        unionPage.getByText("Sign off for my party").click();
        assertThat(unionPage.locator(".proposal-status").first()).containsText("Tentatively agreed");
        assertThat(districtPage.locator(".proposal-status").first()).containsText("Tentatively agreed");

        Response agreed = api.get(owner.token(), "/api/v1/documents/" + doc.text("id"));
        org.assertj.core.api.Assertions.assertThat(agreed.json().path("sections").get(0).path("markdown").asString())
                .isEqualTo("Teachers are evaluated every three years.");
    }
}
