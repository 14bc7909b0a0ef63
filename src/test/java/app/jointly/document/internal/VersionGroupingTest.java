package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionGroupingTest {

    private static final Instant LAST_EDIT = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theSameAuthorWithinTwoMinutesContinuesTheVersion() {
        assertThat(VersionGrouping.continues(automatic("ann"), Set.of("ann"), LAST_EDIT.plusSeconds(120))).isTrue();
        assertThat(VersionGrouping.continues(automatic("ann", "bob"), Set.of("bob", "ann"), LAST_EDIT.plusSeconds(5)))
                .isTrue();
    }

    @Test
    void aPauseOfMoreThanTwoMinutesStartsANewVersion() {
        assertThat(VersionGrouping.continues(automatic("ann"), Set.of("ann"), LAST_EDIT.plusSeconds(121))).isFalse();
    }

    @Test
    void someoneElseStartingToEditStartsANewVersion() {
        assertThat(VersionGrouping.continues(automatic("ann"), Set.of("bob"), LAST_EDIT.plusSeconds(1))).isFalse();
        assertThat(VersionGrouping.continues(automatic("ann"), Set.of("ann", "bob"), LAST_EDIT.plusSeconds(1)))
                .isFalse();
    }

    @Test
    void namedVersionsAndRestoresAreNeverContinued() {
        DocumentVersionEntity named = new DocumentVersionEntity("v", "d", "w", "T", "As presented", LAST_EDIT,
                LAST_EDIT, List.of("ann"), "ann", null, 0, List.of());
        DocumentVersionEntity restore = new DocumentVersionEntity("v", "d", "w", "T", null, LAST_EDIT, LAST_EDIT,
                List.of("ann"), null, "older", 0, List.of());
        assertThat(VersionGrouping.continues(named, Set.of("ann"), LAST_EDIT.plusSeconds(1))).isFalse();
        assertThat(VersionGrouping.continues(restore, Set.of("ann"), LAST_EDIT.plusSeconds(1))).isFalse();
        assertThat(VersionGrouping.continues(null, Set.of("ann"), LAST_EDIT)).isFalse();
    }

    private static DocumentVersionEntity automatic(String... authors) {
        return new DocumentVersionEntity("v", "d", "w", "T", null, LAST_EDIT.minusSeconds(60), LAST_EDIT,
                List.of(authors), null, null, 0, List.of());
    }
}
