package app.jointly.document.internal;

import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole document as one Markdown text: each section's heading as a level-{@code headingLevel} heading followed
 * by its body. Footnote labels are prefixed per section because every section numbers its footnotes from 1, and in
 * one text two {@code [^1]} would be the same footnote.
 */
final class CombinedMarkdown {

    private static final Pattern FOOTNOTE_LABEL = Pattern.compile("\\[\\^([^\\]\\s]+)\\]");

    private final String text;
    private final List<Integer> sectionHeadingOffsets;

    private CombinedMarkdown(String text, List<Integer> sectionHeadingOffsets) {
        this.text = text;
        this.sectionHeadingOffsets = List.copyOf(sectionHeadingOffsets);
    }

    /** @param prefix text before the first section (e.g. the title as a heading), or empty */
    static CombinedMarkdown of(DocumentView document, String prefix, int headingLevel) {
        StringBuilder out = new StringBuilder(prefix);
        List<Integer> offsets = new ArrayList<>();
        String hashes = "#".repeat(headingLevel);
        int index = 0;
        for (SectionView section : document.sections()) {
            offsets.add(out.length());
            out.append(hashes).append(' ').append(oneLine(section.heading())).append("\n\n");
            String body = prefixFootnotes(section.markdown() == null ? "" : section.markdown(), index++);
            out.append(body.strip()).append("\n\n");
        }
        return new CombinedMarkdown(out.toString(), offsets);
    }

    String text() {
        return text;
    }

    /** Where each section's own heading starts in {@link #text()}: body headings are told apart by this. */
    List<Integer> sectionHeadingOffsets() {
        return sectionHeadingOffsets;
    }

    private static String prefixFootnotes(String markdown, int sectionIndex) {
        return FOOTNOTE_LABEL.matcher(markdown)
                .replaceAll(m -> Matcher.quoteReplacement("[^s" + (sectionIndex + 1) + "-" + m.group(1) + "]"));
    }

    private static String oneLine(String heading) {
        return heading == null ? "" : heading.replaceAll("\\s+", " ").strip();
    }
}
