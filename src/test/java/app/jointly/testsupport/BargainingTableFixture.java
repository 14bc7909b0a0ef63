package app.jointly.testsupport;

import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A table set up over the REST API for tests: a workspace with two parties (District, Union), a lead and a member
 * in each, and a document of the given kind with two articles; plus the walk to a tentative agreement (draft,
 * present, every lead signs) and its reopen (every lead consents).
 */
public final class BargainingTableFixture {

    public final TestApi api;
    public final TestUser owner;
    public final TestUser districtLead;
    public final TestUser districtMember;
    public final TestUser unionLead;
    public final TestUser unionMember;
    public final JsonNode workspace;
    public final String workspaceId;
    public final String documentId;
    /** The two articles' section ids, in order. */
    public final List<String> articles;

    private BargainingTableFixture(TestApi api, String kind) {
        this.api = api;
        owner = api.createUser("table-owner");
        workspace = api.createWorkspace(owner, "Table", "District", "Union");
        workspaceId = workspace.path("id").asString();
        districtLead = member("dlead", "lead", "District");
        districtMember = member("dmember", "member", "District");
        unionLead = member("ulead", "lead", "Union");
        unionMember = member("umember", "member", "Union");
        Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspaceId + "/documents", Map.of(
                "title", "Master agreement", "kind", kind, "sections", List.of(
                        Map.of("heading", "Article 12: Evaluation", "markdown", "Evaluated every year."),
                        Map.of("heading", "Article 13: Leave", "markdown", "Ten days of leave."))));
        expect(created, 201);
        documentId = created.text("id");
        articles = List.of(created.json().path("sections").get(0).path("id").asString(),
                created.json().path("sections").get(1).path("id").asString());
    }

    /** A contract (the kind whose agreed articles lock). */
    public static BargainingTableFixture contract(TestApi api) {
        return new BargainingTableFixture(api, "contract");
    }

    /** @param kind a document kind's wire name, e.g. {@code shared-vision} */
    public static BargainingTableFixture of(TestApi api, String kind) {
        return new BargainingTableFixture(api, kind);
    }

    /** Drafts {@code text} for the article as the District, presents it, and has both leads sign it. */
    public String reachTentativeAgreement(String sectionId, String text) {
        Response drafted = api.post(districtMember.token(), "/api/v1/workspaces/" + workspaceId + "/proposals",
                Map.of("sectionId", sectionId, "text", text, "rationale", "For the test"));
        expect(drafted, 201);
        String proposal = drafted.text("id");
        expect(act(districtLead, proposal, "present"), 200);
        expect(act(districtLead, proposal, "sign"), 200);
        Response agreed = act(unionLead, proposal, "sign");
        expect(agreed, 200);
        if (!"tentatively_agreed".equals(agreed.text("status"))) {
            throw new IllegalStateException("Not agreed: " + agreed.body());
        }
        return proposal;
    }

    /** Both leads reopen the tentative agreement {@code proposal}. */
    public void reopen(String proposal) {
        expect(act(unionLead, proposal, "reopen-requests"), 200);
        Response reopened = act(districtLead, proposal, "reopen-consents");
        expect(reopened, 200);
        if (!"reopened".equals(reopened.text("status"))) {
            throw new IllegalStateException("Not reopened: " + reopened.body());
        }
    }

    public Response document() {
        return api.get(owner.token(), "/api/v1/documents/" + documentId);
    }

    private Response act(TestUser by, String proposal, String action) {
        return api.post(by.token(), "/api/v1/proposals/" + proposal + "/" + action, Map.of());
    }

    private TestUser member(String prefix, String role, String party) {
        TestUser user = api.createUser(prefix);
        api.addMember(owner, workspace, user, role, party);
        return user;
    }

    private static void expect(Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Expected " + status + ": " + response.status() + " " + response.body());
        }
    }
}
