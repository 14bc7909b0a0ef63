package app.jointly.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class WorkspaceApiIT {

    @Autowired
    TestApi api;

    @Test
    void createsAWorkspaceWithPartiesAndListsItForItsMembersOnly() {
        TestUser owner = api.createUser("owner");
        TestUser outsider = api.createUser("outsider");
        JsonNode workspace = api.createWorkspace(owner, "Jeffco District and JCEA", "District", "Union");
        String id = workspace.path("id").asString();
        assertThat(workspace.path("name").asString()).isEqualTo("Jeffco District and JCEA");
        assertThat(workspace.path("parties")).hasSize(2);
        assertThat(workspace.path("parties").get(0).path("id").asString()).isNotBlank();

        assertThat(api.get(owner.token(), "/api/v1/workspaces").body()).contains(id);
        assertThat(api.get(outsider.token(), "/api/v1/workspaces").body()).doesNotContain(id);
        Response hidden = api.get(outsider.token(), "/api/v1/workspaces/" + id);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.text("error")).isEqualTo("not-found");
    }

    @Test
    void ownersAddMembersWithRoleAndParty() {
        TestUser owner = api.createUser("owner");
        TestUser lead = api.createUser("lead");
        JsonNode workspace = api.createWorkspace(owner, "Compact committee", "District", "Union");
        String id = workspace.path("id").asString();
        api.addMember(owner, workspace, lead, "lead", "Union");

        Response members = api.get(lead.token(), "/api/v1/workspaces/" + id + "/members");
        assertThat(members.status()).isEqualTo(200);
        JsonNode leadRow = null;
        for (JsonNode m : members.json()) {
            if (m.path("userId").asString().equals(lead.id())) {
                leadRow = m;
            }
        }
        assertThat(leadRow).isNotNull();
        assertThat(leadRow.path("role").asString()).isEqualTo("lead");
        assertThat(leadRow.path("partyName").asString()).isEqualTo("Union");

        Response changed = api.put(owner.token(), "/api/v1/workspaces/" + id + "/members/" + lead.id(),
                Map.of("role", "observer"));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("role")).isEqualTo("observer");
        assertThat(api.delete(owner.token(), "/api/v1/workspaces/" + id + "/members/" + lead.id()).status())
                .isEqualTo(204);
        assertThat(api.get(lead.token(), "/api/v1/workspaces/" + id).status()).isEqualTo(404);
    }

    @Test
    void refusesBadRolesPartiesAndNonOwners() {
        TestUser owner = api.createUser("owner");
        TestUser member = api.createUser("member");
        TestUser other = api.createUser("other");
        JsonNode workspace = api.createWorkspace(owner, "Board compact", "District", "Board");
        String id = workspace.path("id").asString();
        api.addMember(owner, workspace, member, "member", "District");

        Response badRole = api.post(owner.token(), "/api/v1/workspaces/" + id + "/members",
                Map.of("userId", other.id(), "role", "king"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.text("error")).isEqualTo("invalid-role");
        Response badParty = api.post(owner.token(), "/api/v1/workspaces/" + id + "/members",
                Map.of("userId", other.id(), "role", "member", "partyId", "not-a-party"));
        assertThat(badParty.status()).isEqualTo(400);
        Response leadWithoutParty = api.post(owner.token(), "/api/v1/workspaces/" + id + "/members",
                Map.of("userId", other.id(), "role", "lead"));
        assertThat(leadWithoutParty.status()).isEqualTo(400);
        Response notOwner = api.post(member.token(), "/api/v1/workspaces/" + id + "/members",
                Map.of("userId", other.id(), "role", "member"));
        assertThat(notOwner.status()).isEqualTo(403);
        Response twice = api.post(owner.token(), "/api/v1/workspaces/" + id + "/members",
                Map.of("userId", member.id(), "role", "member"));
        assertThat(twice.status()).isEqualTo(409);
        Response lastOwner = api.delete(owner.token(), "/api/v1/workspaces/" + id + "/members/" + owner.id());
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.text("error")).isEqualTo("last-owner");
    }

    @Test
    void validatesNamesAndPartyCounts() {
        TestUser owner = api.createUser("owner");
        assertThat(api.post(owner.token(), "/api/v1/workspaces", Map.of("name", " ")).status()).isEqualTo(400);
        assertThat(api.post(owner.token(), "/api/v1/workspaces", Map.of("name", "x".repeat(121))).status())
                .isEqualTo(400);
        Response duplicateParties = api.post(owner.token(), "/api/v1/workspaces", Map.of("name", "W",
                "parties", java.util.List.of(Map.of("name", "Union"), Map.of("name", "union"))));
        assertThat(duplicateParties.status()).isEqualTo(400);
        assertThat(duplicateParties.text("error")).isEqualTo("duplicate-party");
    }

    @Test
    void ownersRenameTheWorkspaceAndManageParties() {
        TestUser owner = api.createUser("owner");
        TestUser member = api.createUser("member");
        JsonNode workspace = api.createWorkspace(owner, "Old name", "District");
        String id = workspace.path("id").asString();
        api.addMember(owner, workspace, member, "member", "District");

        Response renamed = api.patch(owner.token(), "/api/v1/workspaces/" + id, Map.of("name", "New name"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.text("name")).isEqualTo("New name");
        Response board = api.post(owner.token(), "/api/v1/workspaces/" + id + "/parties", Map.of("name", "Board"));
        assertThat(board.status()).isEqualTo(201);
        Response boardRenamed = api.patch(owner.token(), "/api/v1/workspaces/" + id + "/parties/"
                + board.text("id"), Map.of("name", "School Board"));
        assertThat(boardRenamed.text("name")).isEqualTo("School Board");
        assertThat(api.get(member.token(), "/api/v1/workspaces/" + id).body()).contains("School Board", "New name");

        assertThat(api.patch(member.token(), "/api/v1/workspaces/" + id, Map.of("name", "Mine")).status())
                .isEqualTo(403);
        assertThat(api.post(member.token(), "/api/v1/workspaces/" + id + "/parties", Map.of("name", "Parents"))
                .status()).isEqualTo(403);
        Response duplicate = api.post(owner.token(), "/api/v1/workspaces/" + id + "/parties",
                Map.of("name", "district"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(api.get(owner.token(), "/api/v1/workspaces/" + id + "/parties/nope").status()).isIn(404, 405);
    }
}
