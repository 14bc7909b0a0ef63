package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.internal.serialization.SerializationService;
import com.hazelcast.internal.serialization.impl.DefaultSerializationServiceBuilder;
import java.util.AbstractMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every co-editing message that crosses the cluster arrives whole, nulls and empty lists included. */
class ClusterWireTest {

    private final SerializationService serialization = new DefaultSerializationServiceBuilder().build();

    private <T> T across(T value) {
        return serialization.toObject(serialization.toData(value));
    }

    private static final StoredUpdate FIRST = new StoredUpdate(4, 4, "client-a", "user-1", "Ana",
            "[3,[0,\"x\"]]");
    private static final StoredUpdate ANONYMOUS = new StoredUpdate(5, 4, "jointly-server", null, null, "[4]");

    private static void assertSameUpdates(List<StoredUpdate> actual, List<StoredUpdate> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).toJson()).isEqualTo(expected.get(i).toJson());
            assertThat(actual.get(i).version()).isEqualTo(expected.get(i).version());
            assertThat(actual.get(i).groupFrom()).isEqualTo(expected.get(i).groupFrom());
        }
    }

    private static DocState state(String text) {
        return new DocState(0, text, AuthorSpans.of(text.length(), null), List.of());
    }

    @Test
    void theAcceptStepCarriesEveryPushAndComesBackWithEveryResult() {
        PushRequest push = new PushRequest(0, List.of("c1", "c2"), List.of("[3,[0,\"a\"]]", "[4,[0,\"b\"]]"),
                "user-1", "Ana");
        PushRequest anonymous = new PushRequest(0, List.of(), List.of(), null, null);
        DocState state = state("abc");
        PrepareResults local = new PrepareProcessor(List.of(push, anonymous))
                .process(new AbstractMap.SimpleEntry<>("doc", state));
        PrepareResults remote = across(new PrepareProcessor(List.of(push, anonymous)))
                .process(new AbstractMap.SimpleEntry<>("doc", state));
        assertThat(remote.results()).hasSize(2);
        assertThat(local.results().getFirst().outcome()).isEqualTo(PrepareResult.Outcome.ACCEPT);
        for (int i = 0; i < 2; i++) {
            assertThat(remote.results().get(i).outcome()).isEqualTo(local.results().get(i).outcome());
            assertThat(remote.results().get(i).errorCode()).isEqualTo(local.results().get(i).errorCode());
        }

        PrepareResult accepted = new PrepareResult(PrepareResult.Outcome.ACCEPT, 3, List.of(FIRST, ANONYMOUS),
                null, null);
        PrepareResult refused = PrepareResult.refused(7, "invalid-changes", "The changes do not fit.");
        List<PrepareResult> back = across(new PrepareResults(List.of(accepted, refused))).results();
        assertThat(back.get(0).outcome()).isEqualTo(PrepareResult.Outcome.ACCEPT);
        assertThat(back.get(0).currentVersion()).isEqualTo(3);
        assertSameUpdates(back.get(0).updates(), List.of(FIRST, ANONYMOUS));
        assertThat(back.get(1)).isEqualTo(refused);
    }

    @Test
    void aCommitAppliesTheSameUpdatesOnTheOtherSide() {
        DocState here = state("");
        DocState there = state("");
        StoredUpdate insert = new StoredUpdate(1, 1, "c1", "user-1", "Ana", "[[0,\"Hello\"]]");
        int version = new CommitProcessor(0, List.of(insert)).process(new AbstractMap.SimpleEntry<>("doc", here));
        int remote = across(new CommitProcessor(0, List.of(insert)))
                .process(new AbstractMap.SimpleEntry<>("doc", there));
        assertThat(remote).isEqualTo(version).isEqualTo(1);
        assertThat(there.text()).isEqualTo(here.text()).isEqualTo("Hello");
    }

    @Test
    void readsAndPublishedBatchesArriveWhole() {
        ReadProcessor.Snapshot join = across(new ReadProcessor.Snapshot(9, "text", "[]", "{}", null));
        assertThat(join.version()).isEqualTo(9);
        assertThat(join.text()).isEqualTo("text");
        assertThat(join.authors()).isEqualTo("[]");
        assertThat(join.authorNames()).isEqualTo("{}");
        assertThat(join.updates()).isNull();
        ReadProcessor.Snapshot pull = across(new ReadProcessor.Snapshot(5, null, null, null, List.of(FIRST)));
        assertThat(pull.text()).isNull();
        assertSameUpdates(pull.updates(), List.of(FIRST));
        DocState state = state("");
        assertThat(across(new ReadProcessor(-1)).process(new AbstractMap.SimpleEntry<>("doc", state)).text())
                .isEqualTo(state.text());

        PublishedUpdates batch = PublishedUpdates.of("doc", List.of(FIRST, ANONYMOUS));
        PublishedUpdates received = across(batch);
        assertThat(received.groups()).hasSameSizeAs(batch.groups());
        for (int i = 0; i < batch.groups().size(); i++) {
            assertThat(received.groups().get(i).jsonAfter(batch.groups().get(i).fromVersion()))
                    .isEqualTo(batch.groups().get(i).jsonAfter(batch.groups().get(i).fromVersion()));
        }
    }
}
