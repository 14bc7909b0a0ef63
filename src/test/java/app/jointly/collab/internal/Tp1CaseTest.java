package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** A case found by ProtocolSimulationTest, checked against @codemirror/state's own results. */
class Tp1CaseTest {

    private static ChangeSet parse(String json) {
        return ChangeSetJson.read(JsonMapper.builder().build().readTree(json), 100, 1000);
    }

    @Test
    void composedChangesTransformLikeCodeMirror() {
        String doc = " ayz";
        ChangeSet a1 = parse("[1,[3,\"\",\"éyyé\"]]");
        ChangeSet a2 = parse("[2,[1,\"a\"],3,[0,\"xéé\"]]");
        ChangeSet b = parse("[2,[0,\"a\"],2,[0,\"\",\"é \"]]");
        ChangeSet a = a1.compose(a2);
        assertThat(ChangeSetJson.write(a.map(b, true)))
                .isEqualTo("[1,[1,\"\",\"ayyé\"],1,[2],[0,\"xéé\"],3]");
        assertThat(ChangeSetJson.write(b.map(a, false))).isEqualTo("[6,[0,\"a\"],3,[0,\"\",\"é \"]]");
        assertThat(a.map(b, true).apply(b.apply(doc))).isEqualTo(" \nayyéaxéé\né ");
    }
}
