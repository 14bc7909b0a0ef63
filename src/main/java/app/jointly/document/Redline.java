package app.jointly.document;

import app.jointly.document.RedlineSegment.Kind;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level redline from an old text to a new one, as Word's compare reads: texts are split into whole words and
 * single punctuation marks, each with its following whitespace (so a changed comma does not mark the whole sentence,
 * and spaces are kept as written), the diff is java-diff-utils' Myers diff over those tokens, a replaced run is shown as the
 * deletion followed by the insertion, and adjacent runs of one kind are merged. Used for proposals against the
 * agreed text and for comparing document versions.
 */
public record Redline(List<RedlineSegment> segments) {

    /**
     * A word or a single punctuation mark, each with the whitespace after it; whitespace at the very start stands
     * alone. Keeping the space with its word stops the diff from pairing up the spaces between different words,
     * which would cut a replaced phrase into alternating one-word deletions and insertions.
     */
    private static final Pattern TOKEN = Pattern.compile("^\\s+|(?:[\\p{L}\\p{N}_]+|[^\\p{L}\\p{N}_\\s])\\s*");

    public Redline {
        segments = List.copyOf(segments);
    }

    public static Redline between(String oldText, String newText) {
        List<String> from = tokenize(oldText == null ? "" : oldText);
        List<String> to = tokenize(newText == null ? "" : newText);
        if (from.size() + to.size() > MAX_WORD_TOKENS) {
            // Myers' diff takes time in proportion to length times differences: two long, very different texts
            // (a section may hold 200,000 characters) are compared line by line instead of word by word
            from = lines(oldText == null ? "" : oldText);
            to = lines(newText == null ? "" : newText);
        }
        Patch<String> patch = DiffUtils.diff(from, to);
        Builder out = new Builder();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            out.add(Kind.EQUAL, from.subList(position, start));
            out.add(Kind.DELETE, delta.getSource().getLines());
            out.add(Kind.INSERT, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        out.add(Kind.EQUAL, from.subList(position, from.size()));
        return new Redline(out.segments);
    }

    /** Above this many words on both sides together, texts are compared by lines. */
    static final int MAX_WORD_TOKENS = 40_000;

    /** Lines with their line break, so that joining them gives the text back. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.kind() != Kind.EQUAL);
    }

    /**
     * HTML with {@code <ins>} and {@code <del>} (struck through and underlined, not only coloured) and a visually
     * hidden "inserted:"/"deleted:" label inside each for screen readers. All text is escaped. An unchanged stretch
     * longer than {@link #FOLD_OVER} characters is folded: its first and last words stay in view and the middle is
     * in a {@code <details>} element that a click or the keyboard expands (no script needed).
     */
    public String html() {
        return html(true);
    }

    /** HTML as {@link #html()}, with unchanged stretches folded or (for print) in full. */
    public String html(boolean fold) {
        StringBuilder html = new StringBuilder();
        for (RedlineSegment segment : segments) {
            switch (segment.kind()) {
                case EQUAL -> appendEqual(html, segment.text(), fold);
                case INSERT -> html.append("<ins class=\"redline-ins\"><span class=\"visually-hidden\">inserted: ")
                        .append("</span>").append(escape(segment.text())).append("</ins>");
                case DELETE -> html.append("<del class=\"redline-del\"><span class=\"visually-hidden\">deleted: ")
                        .append("</span>").append(escape(segment.text())).append("</del>");
            }
        }
        return html.toString();
    }

    /** Unchanged stretches longer than this many characters are folded. */
    public static final int FOLD_OVER = 600;
    /** Characters of context kept in view on each side of a folded stretch (cut at a word boundary). */
    static final int FOLD_CONTEXT = 160;

    private static void appendEqual(StringBuilder html, String text, boolean fold) {
        if (!fold || text.length() <= FOLD_OVER) {
            html.append(escape(text));
            return;
        }
        int head = wordBoundaryAfter(text, FOLD_CONTEXT);
        int tail = wordBoundaryBefore(text, text.length() - FOLD_CONTEXT);
        if (tail <= head) {
            html.append(escape(text));
            return;
        }
        String middle = text.substring(head, tail);
        long words = tokenize(middle).stream().filter(t -> Character.isLetterOrDigit(t.codePointAt(0))).count();
        html.append(escape(text.substring(0, head)))
                .append("<details class=\"redline-fold\"><summary>")
                .append(words).append(words == 1 ? " unchanged word" : " unchanged words")
                .append(" (show)</summary>").append(escape(middle)).append("</details>")
                .append(escape(text.substring(tail)));
    }

    private static int wordBoundaryAfter(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordBoundaryBefore(String text, int from) {
        int i = from;
        while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Collects tokens into segments, merging runs of the same kind. */
    private static final class Builder {
        private final List<RedlineSegment> segments = new ArrayList<>();

        void add(Kind kind, List<String> tokens) {
            if (tokens.isEmpty()) {
                return;
            }
            String text = String.join("", tokens);
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).kind() == kind) {
                segments.set(last, new RedlineSegment(kind, segments.get(last).text() + text));
            } else {
                segments.add(new RedlineSegment(kind, text));
            }
        }
    }
}
