package app.jointly.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Function;
import org.docx4j.XmlUtils;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTFtnEdnRef;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.Style;
import org.docx4j.wml.Text;
import jakarta.xml.bind.JAXBElement;

/**
 * The text of one Word paragraph as inline Markdown: bold, italic and struck-through runs become {@code **},
 * {@code *} and {@code ~~}, footnote references become {@code [^n]}; deleted tracked text is left out, inserted
 * tracked text kept (the import takes the document as it reads now).
 */
final class WordInline {

    private record Piece(String text, boolean bold, boolean italic, boolean strike, boolean markup) {
    }

    private final Function<String, Style> styles;
    private final IntFunction<String> footnoteMark;
    private final List<Piece> pieces = new ArrayList<>();

    /**
     * @param styles       character style by id (for runs styled "Strong", "Emphasis" and the like), or null
     * @param footnoteMark the Markdown for a reference to the Word footnote with this id
     */
    private WordInline(Function<String, Style> styles, IntFunction<String> footnoteMark) {
        this.styles = styles;
        this.footnoteMark = footnoteMark;
    }

    static String of(ContentAccessor paragraph, Function<String, Style> styles, IntFunction<String> footnoteMark) {
        WordInline inline = new WordInline(styles, footnoteMark);
        inline.collect(paragraph.getContent());
        return inline.markdown();
    }

    private void collect(List<Object> content) {
        for (Object item : content) {
            Object element = XmlUtils.unwrap(item);
            if (element instanceof R run) {
                run(run);
            } else if (element instanceof RunDel) {
                continue;
            } else if (element instanceof ContentAccessor container) {
                collect(container.getContent());
            }
        }
    }

    private void run(R run) {
        RPr format = run.getRPr();
        Style style = format != null && format.getRStyle() != null && styles != null
                ? styles.apply(format.getRStyle().getVal()) : null;
        RPr styleFormat = style == null ? null : style.getRPr();
        boolean bold = on(format == null ? null : format.getB()) || on(styleFormat == null ? null : styleFormat.getB());
        boolean italic = on(format == null ? null : format.getI())
                || on(styleFormat == null ? null : styleFormat.getI());
        boolean strike = on(format == null ? null : format.getStrike())
                || on(styleFormat == null ? null : styleFormat.getStrike());
        for (Object item : run.getContent()) {
            if (item instanceof JAXBElement<?> wrapped && "footnoteReference".equals(wrapped.getName().getLocalPart())
                    && wrapped.getValue() instanceof CTFtnEdnRef ref && ref.getId() != null) {
                pieces.add(new Piece(footnoteMark.apply(ref.getId().intValue()), false, false, false, true));
                continue;
            }
            Object element = XmlUtils.unwrap(item);
            if (element instanceof Text text && !isDeleted(item)) {
                pieces.add(new Piece(text.getValue() == null ? "" : text.getValue(), bold, italic, strike, false));
            } else if (element instanceof R.Tab || element instanceof org.docx4j.wml.Br) {
                pieces.add(new Piece(" ", bold, italic, strike, false));
            }
        }
    }

    private static boolean isDeleted(Object item) {
        return item instanceof JAXBElement<?> wrapped && "delText".equals(wrapped.getName().getLocalPart());
    }

    private static boolean on(BooleanDefaultTrue flag) {
        return flag != null && flag.isVal();
    }

    private String markdown() {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            if (first.markup()) {
                out.append(first.text());
                i++;
                continue;
            }
            StringBuilder text = new StringBuilder();
            int j = i;
            while (j < pieces.size() && sameFormat(first, pieces.get(j))) {
                text.append(pieces.get(j++).text());
            }
            out.append(formatted(text.toString(), first));
            i = j;
        }
        return out.toString().replaceAll("[ \\t\\u00A0]+", " ").strip();
    }

    private static boolean sameFormat(Piece a, Piece b) {
        return !b.markup() && a.bold() == b.bold() && a.italic() == b.italic() && a.strike() == b.strike();
    }

    /** Markers hug the words: spaces at the edges go outside them, or Markdown would not see emphasis. */
    private static String formatted(String text, Piece format) {
        String core = text.strip();
        if (core.isEmpty() || !format.bold() && !format.italic() && !format.strike()) {
            return MarkdownText.escape(text);
        }
        String marker = (format.strike() ? "~~" : "") + (format.bold() ? "**" : "") + (format.italic() ? "*" : "");
        String closing = new StringBuilder(marker).reverse().toString();
        String lead = text.substring(0, text.indexOf(core));
        String trail = text.substring(text.indexOf(core) + core.length());
        return lead + marker + MarkdownText.escape(core) + closing + trail;
    }
}
