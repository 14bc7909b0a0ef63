package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The accept step for a batch of pushes that waited for one text on one node. */
class PrepareProcessorTest {

    private static final String TEXT = "Hello world";

    private final DocState state = new DocState(0, TEXT, AuthorSpans.of(TEXT.length(), null), List.of());

    private static PushRequest push(int base, String clientId, ChangeSet... changes) {
        return new PushRequest(base, Arrays.stream(changes).map(c -> clientId).toList(),
                Arrays.stream(changes).map(ChangeSetJson::write).toList(), "user-" + clientId, clientId);
    }

    private List<PrepareResult> prepare(PushRequest... pushes) {
        return new PrepareProcessor(List.of(pushes)).process(new AbstractMap.SimpleEntry<>("doc", state)).results();
    }

    private static String apply(String text, List<PrepareResult> results) {
        for (PrepareResult result : results) {
            for (StoredUpdate update : result.updates()) {
                text = update.changes().apply(text);
            }
        }
        return text;
    }

    @Test
    void laterPushesInABatchAreRebasedOverEarlierOnesAndABadOneHarmsNoOther() {
        List<PrepareResult> results = prepare(
                push(0, "a", ChangeSet.replace(11, 0, 0, "Oh, ")),
                push(0, "b", ChangeSet.replace(11, 11, 11, "!")),
                push(0, "c", ChangeSet.replace(99, 0, 0, "bad")),
                push(0, "d", ChangeSet.replace(11, 5, 5, ","), ChangeSet.replace(12, 12, 12, "?")));

        assertThat(results).extracting(PrepareResult::outcome).containsExactly(PrepareResult.Outcome.ACCEPT,
                PrepareResult.Outcome.ACCEPT, PrepareResult.Outcome.REFUSED, PrepareResult.Outcome.ACCEPT);
        assertThat(results.get(2).errorCode()).isEqualTo("invalid-changes");
        assertThat(apply(TEXT, results)).isEqualTo("Oh, Hello, world!?");
        // versions follow each other across the batch, each push its own group
        assertThat(results.get(1).updates()).extracting(StoredUpdate::version, StoredUpdate::groupFrom)
                .containsExactly(tuple(2, 2));
        assertThat(results.get(3).updates()).extracting(StoredUpdate::version, StoredUpdate::groupFrom)
                .containsExactly(tuple(3, 3), tuple(4, 3));
        assertThat(results.get(3).currentVersion()).isEqualTo(2);
    }

    @Test
    void aPushTooCostlyToRebaseIsRefusedButTheSameAtTheCurrentVersionIsAccepted() {
        for (int i = 0; i < 30; i++) {
            state.commit(prepare(push(i, "w" + i, ChangeSet.replace(11 + i, 0, 0, "x"))).getFirst().updates());
        }
        String big = "y".repeat(100_000);

        List<PrepareResult> stale = prepare(push(0, "big", ChangeSet.replace(11, 0, 0, big)));
        List<PrepareResult> current = prepare(push(30, "big", ChangeSet.replace(41, 0, 0, big)));

        assertThat(stale.getFirst().outcome()).isEqualTo(PrepareResult.Outcome.TOO_OLD);
        assertThat(current.getFirst().outcome()).isEqualTo(PrepareResult.Outcome.ACCEPT);
    }

    @Test
    void aPushInsideAGroupIsRefusedAndAResendAddsNothing() {
        List<PrepareResult> first = prepare(push(0, "a", ChangeSet.replace(11, 0, 0, "1"),
                ChangeSet.replace(12, 0, 0, "2")));
        state.commit(first.getFirst().updates());

        List<PrepareResult> results = prepare(
                push(1, "b", ChangeSet.replace(12, 0, 0, "x")),
                push(0, "a", ChangeSet.replace(11, 0, 0, "1"), ChangeSet.replace(12, 0, 0, "2")),
                push(5, "c", ChangeSet.replace(13, 0, 0, "y")));

        assertThat(results.get(0).outcome()).isEqualTo(PrepareResult.Outcome.TOO_OLD);
        assertThat(results.get(1).outcome()).isEqualTo(PrepareResult.Outcome.ACCEPT);
        assertThat(results.get(1).updates()).isEmpty();
        assertThat(results.get(2).errorCode()).isEqualTo("bad-version");
    }
}
