package app.jointly.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class UserRulesTest {

    @Test
    void normalisesUsernames() {
        assertThat(UserRules.username("  Ada.Lovelace ")).isEqualTo("ada.lovelace");
    }

    @Test
    void refusesUnsafeUsernames() {
        for (String bad : new String[] {"ab", "<script>", "a b c", "x".repeat(41), "", "-lead"}) {
            assertThatThrownBy(() -> UserRules.username(bad)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void boundsPasswords() {
        assertThatThrownBy(() -> UserRules.password("123456789")).hasMessageContaining("at least");
        assertThatThrownBy(() -> UserRules.password("p".repeat(129))).hasMessageContaining("at most");
        assertThat(UserRules.password("0123456789")).isEqualTo("0123456789");
    }

    @Test
    void displayNameFallsBackToUsernameAndRejectsControlCharacters() {
        assertThat(UserRules.displayName(" ", "ada")).isEqualTo("ada");
        assertThatThrownBy(() -> UserRules.displayName("a\u0000b", "ada")).isInstanceOf(InvalidInputException.class);
    }
}
