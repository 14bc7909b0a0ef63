package app.jointly.vote.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BallotMasterKeyTest {

    @TempDir
    Path dir;

    @Test
    void isCreatedOnceReadableByItsOwnerOnlyAndSharedByEveryNodeReadingTheFile() throws Exception {
        Path file = dir.resolve("keys").resolve("ballot-master.key");
        BallotMasterKey first = new BallotMasterKey(file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.list(file.getParent())).as("no draft left beside it").containsExactly(file);
        byte[] wrapped = first.wrap("secret".getBytes(StandardCharsets.UTF_8), "vote-1");
        BallotMasterKey second = new BallotMasterKey(file);
        assertThat(new String(second.unwrap(wrapped, "vote-1"), StandardCharsets.UTF_8)).isEqualTo("secret");
    }

    @Test
    void somethingWrappedUnderAnotherKeyOrForAnotherVoteDoesNotUnwrap() {
        BallotMasterKey mine = new BallotMasterKey(dir.resolve("a.key"));
        BallotMasterKey other = new BallotMasterKey(dir.resolve("b.key"));
        byte[] wrapped = mine.wrap(new byte[] {1, 2, 3}, "vote-1");

        assertThat(new String(wrapped, StandardCharsets.ISO_8859_1)).doesNotContain("\u0001\u0002\u0003");
        assertThatThrownBy(() -> other.unwrap(wrapped, "vote-1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jointly.ballot.key-file");
        assertThatThrownBy(() -> mine.unwrap(wrapped, "vote-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDamagedKeyFileStopsTheStart() throws Exception {
        Path file = dir.resolve("short.key");
        Files.writeString(file, "c2hvcnQ=\n");
        assertThatThrownBy(() -> new BallotMasterKey(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
