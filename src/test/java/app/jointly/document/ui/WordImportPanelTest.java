package app.jointly.document.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordImportPanelTest {

    @Test
    void countsArticlesForAContractAndSectionsOtherwise() {
        assertThat(WordImportPanel.imported(document(DocumentKind.CONTRACT, 12)))
                .isEqualTo("12 articles imported into \"Agreement\".");
        assertThat(WordImportPanel.imported(document(DocumentKind.PLAN, 1)))
                .isEqualTo("1 section imported into \"Agreement\".");
    }

    private static DocumentView document(DocumentKind kind, int sections) {
        List<SectionView> list = IntStream.rangeClosed(1, sections)
                .mapToObj(i -> new SectionView(new SectionId("s" + i), "Article " + i, "")).toList();
        return new DocumentView(new DocumentId("d1"), new WorkspaceId("w1"), "Agreement", kind, 1, list);
    }
}
