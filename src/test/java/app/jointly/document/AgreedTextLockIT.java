package app.jointly.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.testsupport.BargainingTableFixture;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A tentative agreement locks a contract article's text over REST until every lead reopens it. */
@IntegrationTest
class AgreedTextLockIT {

    @Autowired
    TestApi api;

    @Test
    void anAgreedArticleRefusesEveryChangeOfItsTextUntilItIsReopened() {
        BargainingTableFixture table = BargainingTableFixture.contract(api);
        String article = table.articles.get(0);
        String proposal = table.reachTentativeAgreement(article, "Evaluated every two years.");

        JsonNode section = section(table.document(), article);
        assertThat(section.path("markdown").asString()).isEqualTo("Evaluated every two years.");
        assertThat(section.path("locked").asBoolean()).isTrue();
        assertThat(section.path("agreement").path("proposalId").asString()).isEqualTo(proposal);
        assertThat(section.path("agreement").path("lockedAt").asString()).isNotBlank();
        assertThat(section(table.document(), table.articles.get(1)).path("locked").asBoolean()).isFalse();

        String path = "/api/v1/documents/" + table.documentId + "/sections/" + article;
        locked(api.put(table.districtMember.token(), path, Map.of("markdown", "Never evaluated.")));
        locked(api.put(table.owner.token(), path, Map.of("heading", "Article 12", "markdown", "Never.",
                "version", table.document().json().path("version").asLong())));
        locked(api.delete(table.unionMember.token(), path + "?version="
                + table.document().json().path("version").asLong()));
        assertThat(section(table.document(), article).path("markdown").asString())
                .isEqualTo("Evaluated every two years.");

        // changes that keep the agreed text are fine: the other article, the order, this article's heading
        assertThat(api.put(table.districtMember.token(), "/api/v1/documents/" + table.documentId + "/sections/"
                + table.articles.get(1), Map.of("markdown", "Twelve days of leave.")).status()).isEqualTo(200);
        Response reordered = api.put(table.owner.token(), "/api/v1/documents/" + table.documentId
                + "/sections/order", Map.of("version", table.document().json().path("version").asLong(),
                "sectionIds", List.of(table.articles.get(1), article)));
        assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
        assertThat(api.put(table.districtMember.token(), path, Map.of("heading", "Article 12: Evaluation (TA)"))
                .status()).isEqualTo(200);

        table.reopen(proposal);
        assertThat(section(table.document(), article).path("locked").asBoolean()).isFalse();
        assertThat(section(table.document(), article).path("agreement").path("proposalId").isMissingNode()).isTrue();
        Response edited = api.put(table.districtMember.token(), path, Map.of("markdown", "Reopened words."));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        String again = table.reachTentativeAgreement(article, "Evaluated every three years.");
        assertThat(section(table.document(), article).path("agreement").path("proposalId").asString())
                .isEqualTo(again);
        locked(api.put(table.districtMember.token(), path, Map.of("markdown", "Changed again.")));
    }

    @Test
    void otherKindsOfDocumentStayEditableAfterAnAgreement() {
        BargainingTableFixture table = BargainingTableFixture.of(api, "shared-vision");
        String section = table.articles.get(0);
        table.reachTentativeAgreement(section, "A shared goal.");

        assertThat(section(table.document(), section).path("markdown").asString()).isEqualTo("A shared goal.");
        assertThat(section(table.document(), section).path("locked").asBoolean()).isFalse();
        Response edited = api.put(table.districtMember.token(), "/api/v1/documents/" + table.documentId
                + "/sections/" + section, Map.of("markdown", "Another goal."));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        Response removed = api.delete(table.districtMember.token(), "/api/v1/documents/" + table.documentId
                + "/sections/" + section + "?version=" + table.document().json().path("version").asLong());
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    }

    private static void locked(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.text("error")).isEqualTo("agreed-text-locked");
        assertThat(response.text("message")).contains("new proposal");
    }

    private static JsonNode section(Response document, String sectionId) {
        for (JsonNode section : document.json().path("sections")) {
            if (section.path("id").asString().equals(sectionId)) {
                return section;
            }
        }
        throw new AssertionError("no section " + sectionId + " in " + document.body());
    }
}
