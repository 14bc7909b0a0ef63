package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.document.DocumentLimits;
import app.jointly.shared.ConflictException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.SectionId;
import app.jointly.shared.TooLargeException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    private final StoredSection a = new StoredSection("a", "Article 1", "one");
    private final StoredSection b = new StoredSection("b", "Article 2", "two");
    private final StoredSection c = new StoredSection("c", "Article 3", "three");

    @Test
    void titlesAreTrimmedAndBounded() {
        assertThat(DocumentRules.title("  Master Agreement ")).isEqualTo("Master Agreement");
        assertThat(DocumentRules.title("x".repeat(DocumentLimits.MAX_TITLE))).hasSize(DocumentLimits.MAX_TITLE);
        assertThatThrownBy(() -> DocumentRules.title("x".repeat(DocumentLimits.MAX_TITLE + 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at most 200");
        assertThatThrownBy(() -> DocumentRules.title("   ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> DocumentRules.title(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentRules.title("two\nlines")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("single line");
    }

    @Test
    void headingsAreBounded() {
        assertThat(DocumentRules.heading("Article 12: Teacher Evaluation")).isEqualTo("Article 12: Teacher Evaluation");
        assertThatThrownBy(() -> DocumentRules.heading("h".repeat(201))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void bodiesAreBoundedAndNormalised() {
        assertThat(DocumentRules.body(null)).isEmpty();
        assertThat(DocumentRules.body("a\r\nb\rc")).isEqualTo("a\nb\nc");
        assertThat(DocumentRules.body("x".repeat(DocumentLimits.MAX_SECTION_BODY)))
                .hasSize(DocumentLimits.MAX_SECTION_BODY);
        assertThatThrownBy(() -> DocumentRules.body("x".repeat(DocumentLimits.MAX_SECTION_BODY + 1)))
                .isInstanceOf(TooLargeException.class).hasMessageContaining("200000");
        assertThatThrownBy(() -> DocumentRules.body("nul\0")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sectionCountAndTotalSizeAreBounded() {
        List<StoredSection> many = new ArrayList<>();
        for (int i = 0; i <= DocumentLimits.MAX_SECTIONS; i++) {
            many.add(new StoredSection("s" + i, "h", ""));
        }
        assertThatThrownBy(() -> DocumentRules.sections(many)).isInstanceOf(TooLargeException.class)
                .hasMessageContaining("500 sections");
        DocumentRules.sections(many.subList(0, DocumentLimits.MAX_SECTIONS));

        String big = "x".repeat(DocumentLimits.MAX_SECTION_BODY);
        List<StoredSection> heavy = new ArrayList<>();
        for (int i = 0; i < DocumentLimits.MAX_DOCUMENT_CHARS / DocumentLimits.MAX_SECTION_BODY + 1; i++) {
            heavy.add(new StoredSection("s" + i, "h", big));
        }
        assertThatThrownBy(() -> DocumentRules.sections(heavy)).isInstanceOf(TooLargeException.class);
    }

    @Test
    void staleVersionsAreRefusedWithAClearMessage() {
        DocumentRules.expectVersion(3, 3);
        assertThatThrownBy(() -> DocumentRules.expectVersion(4, 3)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("you saw version 3, it is now version 4")
                .hasMessageContaining("Reload");
    }

    @Test
    void reorderTakesAPermutationOfTheSections() {
        assertThat(DocumentRules.reorder(List.of(a, b, c), ids("c", "a", "b"))).containsExactly(c, a, b);
    }

    @Test
    void reorderRefusesMissingDuplicateOrUnknownIds() {
        assertThatThrownBy(() -> DocumentRules.reorder(List.of(a, b, c), ids("c", "a")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentRules.reorder(List.of(a, b, c), ids("a", "a", "b")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentRules.reorder(List.of(a, b, c), ids("a", "b", "z")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> DocumentRules.reorder(List.of(a), null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void findsSectionsByIndex() {
        assertThat(DocumentRules.indexOf(List.of(a, b, c), new SectionId("b"))).isEqualTo(1);
        assertThat(DocumentRules.indexOf(List.of(a, b, c), new SectionId("z"))).isEqualTo(-1);
    }

    private static List<SectionId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(SectionId::new).toList();
    }
}
