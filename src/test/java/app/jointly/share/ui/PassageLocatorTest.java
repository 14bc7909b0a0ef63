package app.jointly.share.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageLocatorTest {

    @Test
    void findsRenderedWordsInTheMarkdownAcrossEmphasisAndLineBreaks() {
        String markdown = "Evaluations use **multiple**\nmeasures of `growth`.";
        int[] range = PassageLocator.locate(markdown, "multiple measures of growth").orElseThrow();
        assertThat(markdown.substring(range[0], range[1])).isEqualTo("multiple**\nmeasures of `growth");
    }

    @Test
    void wordsThatAreNotThereAreNotFound() {
        assertThat(PassageLocator.locate("Evaluations use multiple measures.", "single measure")).isEmpty();
        assertThat(PassageLocator.locate("Evaluations", "  ")).isEmpty();
    }
}
