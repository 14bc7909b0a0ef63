package app.jointly.proposal;

import app.jointly.proposal.RedlineSegment.Kind;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level redline from an old text to a new one. Texts are split into words, runs of whitespace and single
 * punctuation marks, so a changed comma does not mark the whole sentence, and adjacent runs of one kind are merged.
 */
public record Redline(List<RedlineSegment> segments) {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|[^\\p{L}\\p{N}_\\s]");

    public Redline {
        segments = List.copyOf(segments);
    }

    public static Redline between(String oldText, String newText) {
        List<String> from = tokenize(oldText == null ? "" : oldText);
        List<String> to = tokenize(newText == null ? "" : newText);
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
     * hidden "inserted:"/"deleted:" label inside each for screen readers. All text is escaped.
     */
    public String html() {
        StringBuilder html = new StringBuilder();
        for (RedlineSegment segment : segments) {
            String text = escape(segment.text());
            switch (segment.kind()) {
                case EQUAL -> html.append(text);
                case INSERT -> html.append("<ins class=\"redline-ins\"><span class=\"visually-hidden\">inserted: ")
                        .append("</span>").append(text).append("</ins>");
                case DELETE -> html.append("<del class=\"redline-del\"><span class=\"visually-hidden\">deleted: ")
                        .append("</span>").append(text).append("</del>");
            }
        }
        return html.toString();
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
