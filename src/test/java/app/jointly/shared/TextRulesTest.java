package app.jointly.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextRulesTest {

    @Test
    void plainTextAndPairedSurrogatesPass() {
        assertThat(TextRules.singleLine("Article 12 — évaluation 😀", "title")).isEqualTo("Article 12 — évaluation 😀");
        assertThat(TextRules.multiLine("line one\n\tline two\r\n", "body")).isEqualTo("line one\n\tline two\r\n");
        assertThat(TextRules.singleLine(null, "title")).isNull();
    }

    @Test
    void loneSurrogatesAreRefusedNamingTheField() {
        for (String bad : new String[] {"a\uD83Db", "\uDE00", "end\uD83D"}) {
            assertThatThrownBy(() -> TextRules.multiLine(bad, "rationale"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("bad-text"))
                    .hasMessageContaining("'rationale'").hasMessageContaining("surrogate");
        }
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksOnlyInSingleLineFields() {
        for (String bad : new String[] {"nul\0", "bell\u0007", "del\u007F", "c1\u0085", "esc\u001B[31m"}) {
            assertThatThrownBy(() -> TextRules.multiLine(bad, "markdown"))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.code()).isEqualTo("bad-text"))
                    .hasMessageContaining("'markdown'");
        }
        assertThatThrownBy(() -> TextRules.singleLine("two\nlines", "title")).hasMessageContaining("single line");
        assertThatThrownBy(() -> TextRules.singleLine("tab\there", "title")).hasMessageContaining("U+0009");
    }
}
