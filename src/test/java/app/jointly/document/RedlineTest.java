package app.jointly.document;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.document.RedlineSegment.Kind;
import org.junit.jupiter.api.Test;

class RedlineTest {

    @Test
    void tokenizesIntoWordsWhitespaceAndPunctuation() {
        assertThat(Redline.tokenize(" Art. 12,  teachers")).containsExactly(" ", "Art", ". ", "12", ",  ",
                "teachers");
    }

    @Test
    void marksChangedWordsOnly() {
        Redline redline = Redline.between("Teachers shall be evaluated every year.",
                "Teachers shall be evaluated every two years.");
        assertThat(redline.segments()).containsExactly(
                new RedlineSegment(Kind.EQUAL, "Teachers shall be evaluated every "),
                new RedlineSegment(Kind.DELETE, "year"),
                new RedlineSegment(Kind.INSERT, "two years"),
                new RedlineSegment(Kind.EQUAL, "."));
        assertThat(redline.hasChanges()).isTrue();
    }

    @Test
    void aChangedCommaIsASmallChange() {
        Redline redline = Redline.between("a, b", "a; b");
        assertThat(redline.segments()).containsExactly(new RedlineSegment(Kind.EQUAL, "a"),
                new RedlineSegment(Kind.DELETE, ", "), new RedlineSegment(Kind.INSERT, "; "),
                new RedlineSegment(Kind.EQUAL, "b"));
    }

    @Test
    void equalTextsHaveNoChangesAndEmptyOldTextIsAllInserted() {
        assertThat(Redline.between("same words", "same words").hasChanges()).isFalse();
        assertThat(Redline.between("same words", "same words").segments())
                .containsExactly(new RedlineSegment(Kind.EQUAL, "same words"));
        assertThat(Redline.between("", "new article").segments())
                .containsExactly(new RedlineSegment(Kind.INSERT, "new article"));
        assertThat(Redline.between("old article", null).segments())
                .containsExactly(new RedlineSegment(Kind.DELETE, "old article"));
    }

    @Test
    void segmentsRebuildBothTexts() {
        String before = "Section 1. The District shall provide 10 days' notice.\nSection 2. Leave.";
        String after = "Section 1. The District shall provide 15 working days' notice.\nSection 3. Leave & pay.";
        Redline redline = Redline.between(before, after);
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        for (RedlineSegment s : redline.segments()) {
            if (s.kind() != Kind.INSERT) {
                oldText.append(s.text());
            }
            if (s.kind() != Kind.DELETE) {
                newText.append(s.text());
            }
        }
        assertThat(oldText).hasToString(before);
        assertThat(newText).hasToString(after);
    }

    @Test
    void htmlEscapesTextAndLabelsChangesForScreenReaders() {
        String html = Redline.between("<b>x</b> & y", "<i>x</i> & \"y\"").html();
        assertThat(html).doesNotContain("<b>").doesNotContain("<i>");
        assertThat(html).contains("&lt;").contains("&amp;").contains("&quot;");
        assertThat(html).contains("<del class=\"redline-del\"><span class=\"visually-hidden\">deleted: </span>b</del>");
        assertThat(html).contains("<ins class=\"redline-ins\"><span class=\"visually-hidden\">inserted: </span>i</ins>");
    }

    @Test
    void aReplacedPhraseIsOneDeletionThenOneInsertionOfWholeWords() {
        Redline redline = Redline.between("Teachers work seven and a half hours a day.",
                "Teachers work eight hours a day, with a paid lunch.");
        assertThat(redline.segments()).containsExactly(
                new RedlineSegment(Kind.EQUAL, "Teachers work "),
                new RedlineSegment(Kind.DELETE, "seven and a half "),
                new RedlineSegment(Kind.INSERT, "eight "),
                new RedlineSegment(Kind.EQUAL, "hours a day"),
                new RedlineSegment(Kind.INSERT, ", with a paid lunch"),
                new RedlineSegment(Kind.EQUAL, "."));
    }

    @Test
    void foldsLongUnchangedStretchesKeepingContextAndWholeWords() {
        String middle = "unchanged words follow here ".repeat(40);
        Redline redline = Redline.between("Start " + middle + "old end.", "Start " + middle + "new end.");
        String folded = redline.html();
        assertThat(folded).contains("<details class=\"redline-fold\"><summary>",
                " unchanged words (show)</summary>");
        assertThat(folded).startsWith("Start unchanged words");
        // the stretch is all there, only hidden until expanded, and cut between words
        assertThat(folded.replaceAll("<details class=\"redline-fold\"><summary>[^<]*</summary>", "")
                .replace("</details>", "")).contains("Start " + middle);
        assertThat(folded).containsPattern("</summary>\\S");
        assertThat(folded).contains("<del class=\"redline-del\"><span class=\"visually-hidden\">deleted: </span>old"
                + " </del>");
        assertThat(redline.html(false)).doesNotContain("<details").contains("Start " + middle);
        assertThat(Redline.between("short text", "short text, longer").html()).doesNotContain("<details");
    }

    @Test
    void veryLongDifferentTextsAreComparedByLinesAndStillRebuildBothTexts() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 2_500; i++) {
            before.append("Line ").append(i).append(" of the old agreement text here.\n");
            after.append(i % 2 == 0 ? "Line " + i + " of the old agreement text here.\n"
                    : "Entirely rewritten clause number " + i + " now.\n");
        }
        assertThat(Redline.tokenize(before.toString()).size() + Redline.tokenize(after.toString()).size())
                .isGreaterThan(Redline.MAX_WORD_TOKENS);
        Redline redline = Redline.between(before.toString(), after.toString());
        StringBuilder oldText = new StringBuilder();
        StringBuilder newText = new StringBuilder();
        for (RedlineSegment s : redline.segments()) {
            if (s.kind() != Kind.INSERT) {
                oldText.append(s.text());
            }
            if (s.kind() != Kind.DELETE) {
                newText.append(s.text());
            }
        }
        assertThat(oldText).hasToString(before.toString());
        assertThat(newText).hasToString(after.toString());
        assertThat(redline.segments()).anySatisfy(s -> assertThat(s.text()).isEqualTo("Line 0 of the old agreement "
                + "text here.\n"));
    }
}
