package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CharacterBoundariesTest {

    private static final String TEXT = "a😀b";

    @Test
    void refusesChangesThatSplitACharacter() {
        assertThatThrownBy(() -> CharacterBoundaries.check(TEXT, ChangeSet.replace(4, 2, 2, "x")))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("split");
        assertThatThrownBy(() -> CharacterBoundaries.check(TEXT, ChangeSet.replace(4, 1, 2, "")))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> CharacterBoundaries.check(TEXT, ChangeSet.replace(4, 2, 4, "")))
                .isInstanceOf(ProtocolException.class);
        assertThatThrownBy(() -> CharacterBoundaries.check(TEXT, ChangeSet.replace(4, 0, 0, "\ud83d")))
                .isInstanceOf(ProtocolException.class).hasMessageContaining("half");
    }

    @Test
    void acceptsChangesAroundWholeCharacters() {
        assertThatCode(() -> CharacterBoundaries.check(TEXT, ChangeSet.replace(4, 1, 3, "😀😀"))).doesNotThrowAnyException();
        assertThatCode(() -> CharacterBoundaries.check(TEXT, ChangeSet.replace(4, 3, 3, "x"))).doesNotThrowAnyException();
    }

    @Test
    void repairsLoneHalves() {
        assertThat(CharacterBoundaries.repair("a\ud83db😀")).isEqualTo("a\uFFFDb😀");
        assertThat(CharacterBoundaries.repair(TEXT)).isSameAs(TEXT);
    }
}
