package app.jointly.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    private static final String HASH = "0123456789abcdef".repeat(4);

    @Test
    void parsesTheWrittenForm() {
        assertThat(Checkpoint.parse("12:" + HASH)).isEqualTo(new Checkpoint(12, HASH));
        assertThat(Checkpoint.parse(" #12:" + HASH.toUpperCase() + " ")).isEqualTo(new Checkpoint(12, HASH));
        assertThat(new Checkpoint(12, HASH).toString()).isEqualTo("12:" + HASH);
    }

    @Test
    void refusesAnythingElse() {
        for (String bad : new String[] {"", "12", "12:" + HASH.substring(1), "-1:" + HASH, "x:" + HASH,
                "12:" + HASH + "0", "99999999999999999999:" + HASH, "12;" + HASH, "12:" + "g".repeat(64)}) {
            assertThatThrownBy(() -> Checkpoint.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo("bad-checkpoint"));
        }
    }

    @Test
    void findsTheCheckpointInAWholeFile() {
        String json = "{\"workspaceId\":\"w\",\"headSeq\":12,\"headHash\":\"" + HASH + "\",\"checkpoint\":\"12:"
                + HASH + "\"}";
        assertThat(Checkpoint.findIn(json)).contains(new Checkpoint(12, HASH));
        assertThat(Checkpoint.findIn("checkpoint: 7:" + HASH + "\nheadSeq: 7")).contains(new Checkpoint(7, HASH));
        assertThat(Checkpoint.findIn("no checkpoint here")).isEmpty();
        assertThat(Checkpoint.findIn("x".repeat(Checkpoint.MAX_FILE) + "1:" + HASH)).isEmpty();
    }
}
