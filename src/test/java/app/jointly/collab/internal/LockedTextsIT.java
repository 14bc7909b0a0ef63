package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.JointlyException;
import app.jointly.testsupport.IntegrationTest;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.TestUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's own check: a text the cluster knows as locked refuses pushes under the text's lock, even from a
 * connection whose node has not heard of the lock yet; the agreement's replacement update still goes through.
 */
@IntegrationTest
class LockedTextsIT {

    @Autowired
    TestApi api;
    @Autowired
    CollabEngine engine;
    @Autowired
    LockedTexts lockedTexts;

    @Test
    void aLockedTextRefusesPushesButTakesTheReplacement() {
        TestUser owner = api.createUser("locked-owner");
        String workspace = api.createWorkspace(owner, "Locks", "District", "Union").path("id").asString();
        TestApi.Response created = api.post(owner.token(), "/api/v1/workspaces/" + workspace + "/documents",
                Map.of("title", "Contract", "kind", "contract",
                        "sections", List.of(Map.of("heading", "Article 1", "markdown", "Hello"))));
        String doc = created.json().path("sections").get(0).path("id").asString();
        PushRequest push = new PushRequest(engine.join(doc).version(), List.of("c"), List.of("[5,[0,\"!\"]]"),
                owner.id(), "Owner");
        try {
            lockedTexts.set(doc, true);
            assertThatThrownBy(() -> engine.push(doc, push)).isInstanceOfSatisfying(JointlyException.class,
                    e -> assertThat(e.code()).isEqualTo("locked"));
            assertThat(engine.text(doc)).isEqualTo("Hello");

            engine.replaceText(doc, "Agreed", "tentative-agreement", "Tentative agreement");
            assertThat(engine.text(doc)).isEqualTo("Agreed");
        } finally {
            lockedTexts.set(doc, false);
        }
        PushRequest open = new PushRequest(engine.join(doc).version(), List.of("c"), List.of("[6,[0,\"!\"]]"),
                owner.id(), "Owner");
        assertThat(engine.push(doc, open).accepted()).isTrue();
        assertThat(engine.text(doc)).isEqualTo("Agreed!");
    }
}
