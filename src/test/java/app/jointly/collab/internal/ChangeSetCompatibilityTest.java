package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares every operation with the results of the real {@code @codemirror/state} 6.7.6 and
 * {@code @codemirror/collab} 6.1.1, recorded by {@code collab/generate-codemirror-cases.mjs} (400 random cases).
 */
class ChangeSetCompatibilityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode cases() throws Exception {
        try (InputStream in = ChangeSetCompatibilityTest.class.getResourceAsStream("/collab/codemirror-cases.json")) {
            return JSON.readTree(in);
        }
    }

    private static ChangeSet read(JsonNode node) {
        return ChangeSetJson.read(node, 10_000, 1_000_000);
    }

    /** Compared as JSON trees: a lone surrogate may be escaped or not, which is the same JSON value. */
    private static JsonNode tree(ChangeSet changes) {
        return JSON.readTree(ChangeSetJson.write(changes));
    }

    @Test
    void matchesCodeMirrorOnRecordedCases() throws Exception {
        JsonNode cases = cases();
        assertThat(cases.size()).isEqualTo(400);
        int rebasedChecked = 0;
        for (JsonNode c : cases) {
            String doc = c.get("doc").asString();
            ChangeSet a = read(c.get("a"));
            ChangeSet b = read(c.get("b"));
            ChangeSet next = read(c.get("c"));
            String where = "case " + c;
            assertThat(tree(a)).as(where).isEqualTo(c.get("a"));
            assertThat(a.apply(doc)).as(where).isEqualTo(c.get("applyA").asString());
            assertThat(tree(a.compose(next))).as(where).isEqualTo(c.get("compose"));
            assertThat(tree(a.map(b, false))).as(where).isEqualTo(c.get("mapAB"));
            assertThat(tree(a.map(b, true))).as(where).isEqualTo(c.get("mapABbefore"));
            for (JsonNode pos : c.get("mapPos")) {
                assertThat(a.mapPos(pos.get(0).asInt(), -1)).as(where).isEqualTo(pos.get(1).asInt());
                assertThat(a.mapPos(pos.get(0).asInt(), 1)).as(where).isEqualTo(pos.get(2).asInt());
            }
            if (!c.get("rebased").isNull()) {
                List<Update> updates = new ArrayList<>();
                for (JsonNode u : c.get("updates")) {
                    updates.add(new Update("me", read(u), "u", "U"));
                }
                List<Update> over = new ArrayList<>();
                for (JsonNode u : c.get("over")) {
                    over.add(new Update(u.get("clientID").asString(), read(u.get("changes")), "u", "U"));
                }
                List<JsonNode> rebased = GroupRebase.rebase(updates, List.of(over)).stream()
                        .map(u -> tree(u.changes())).toList();
                List<JsonNode> expected = new ArrayList<>();
                c.get("rebased").forEach(expected::add);
                assertThat(rebased).as(where).isEqualTo(expected);
                rebasedChecked++;
            }
        }
        assertThat(rebasedChecked).isGreaterThan(300);
    }
}
