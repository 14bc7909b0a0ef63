package app.jointly.document.internal;

import app.jointly.document.DocumentLimits;
import app.jointly.document.NewSection;
import app.jointly.shared.TooLargeException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.docx4j.XmlUtils;
import org.docx4j.model.listnumbering.ListNumberingDefinition;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.openpackaging.parts.WordprocessingML.NumberingDefinitionsPart;
import org.docx4j.wml.CTFtnEdn;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Style;
import org.docx4j.wml.Tbl;

/**
 * Reads a Word document's body into sections: every top-level heading (Word's Heading 1 style, a style based on it,
 * or outline level 0) starts a section; what comes before the first one becomes a section "Preamble". Lower
 * headings, paragraphs, lists, tables and footnotes become the section's Markdown. A paragraph in Word's Title
 * style is taken as the document's title, not as text.
 */
final class WordSections {

    record Result(String wordTitle, List<NewSection> sections) {
    }

    static final String PREAMBLE = "Preamble";
    private static final Pattern HEADING_NAME = Pattern.compile("(?i)heading ?([1-9])");
    private static final int BODY_TEXT_LEVEL = 9;

    private final Function<String, Style> styles;
    private final NumberingDefinitionsPart numbering;
    private final Map<Integer, CTFtnEdn> wordFootnotes = new HashMap<>();
    private final List<NewSection> sections = new ArrayList<>();
    private String wordTitle;
    private String heading = PREAMBLE;
    private StringBuilder body = new StringBuilder();
    private final Map<Integer, Integer> footnoteLabels = new LinkedHashMap<>();

    private WordSections(MainDocumentPart main) throws Docx4JException {
        this.styles = main.getStyleDefinitionsPart() == null ? id -> null
                : id -> id == null ? null : main.getStyleDefinitionsPart().getStyleById(id);
        this.numbering = main.getNumberingDefinitionsPart();
        if (main.getFootnotesPart() != null && main.getFootnotesPart().getContents() != null) {
            for (CTFtnEdn note : main.getFootnotesPart().getContents().getFootnote()) {
                // Word's separator "footnotes" (the line above the notes) carry a type; real notes do not.
                if (note.getType() == null && note.getId() != null) {
                    wordFootnotes.put(note.getId().intValue(), note);
                }
            }
        }
    }

    static Result read(WordprocessingMLPackage word) throws Docx4JException {
        MainDocumentPart main = word.getMainDocumentPart();
        WordSections reader = new WordSections(main);
        reader.blocks(main.getContent());
        reader.finishSection();
        return new Result(reader.wordTitle, List.copyOf(reader.sections));
    }

    private void blocks(List<Object> content) {
        for (Object item : content) {
            Object block = XmlUtils.unwrap(item);
            if (block instanceof P paragraph) {
                paragraph(paragraph);
            } else if (block instanceof Tbl table) {
                separateBlock();
                body.append(WordTable.markdown(table, this::inline)).append('\n');
            } else if (block instanceof SdtBlock control && control.getSdtContent() != null) {
                blocks(control.getSdtContent().getContent());
            }
        }
    }

    private void paragraph(P paragraph) {
        String styleId = paragraph.getPPr() != null && paragraph.getPPr().getPStyle() != null
                ? paragraph.getPPr().getPStyle().getVal() : null;
        if ("Title".equalsIgnoreCase(styleId)) {
            wordTitle = WordInline.of(paragraph, null, id -> "").replace("\\", "");
            return;
        }
        int level = outlineLevel(paragraph, styleId);
        if (level == 0) {
            finishSection();
            heading = WordInline.of(paragraph, null, id -> "").replace("\\", "");
            return;
        }
        String text = inline(paragraph);
        if (text.isEmpty()) {
            return;
        }
        PPrBase.NumPr list = numPr(paragraph, styleId);
        if (level > 0) {
            separateBlock();
            body.append("#".repeat(Math.min(6, level))).append(' ').append(text).append("\n\n");
        } else if (list != null) {
            listItem(list, text);
        } else {
            separateBlock();
            body.append(MarkdownText.asParagraph(text)).append("\n\n");
        }
    }

    private String inline(ContentAccessor paragraph) {
        return WordInline.of(paragraph, styles, this::footnoteMark);
    }

    private void listItem(PPrBase.NumPr list, String text) {
        String numId = list.getNumId().getVal().toString();
        String level = list.getIlvl() == null || list.getIlvl().getVal() == null ? "0"
                : list.getIlvl().getVal().toString();
        ListNumberingDefinition definition = numbering == null ? null
                : numbering.getInstanceListDefinitions().get(numId);
        boolean bullet = definition == null || !definition.LevelExists(level) || definition.IsBullet(level);
        int depth = Math.min(8, Integer.parseInt(level));
        body.append("    ".repeat(depth)).append(bullet ? "- " : "1. ").append(text).append('\n');
    }

    /** A block after a list needs the blank line that ends the list. */
    private void separateBlock() {
        if (!body.isEmpty() && !body.toString().endsWith("\n\n")) {
            body.append('\n');
        }
    }

    private String footnoteMark(int wordId) {
        if (!wordFootnotes.containsKey(wordId)) {
            return "";
        }
        int label = footnoteLabels.computeIfAbsent(wordId, id -> footnoteLabels.size() + 1);
        return "[^" + label + "]";
    }

    private void finishSection() {
        StringBuilder text = body;
        for (Map.Entry<Integer, Integer> note : footnoteLabels.entrySet()) {
            List<String> paragraphs = new ArrayList<>();
            for (Object item : wordFootnotes.get(note.getKey()).getContent()) {
                if (XmlUtils.unwrap(item) instanceof P p) {
                    paragraphs.add(WordInline.of(p, styles, id -> ""));
                }
            }
            separateBlock();
            text.append("[^").append(note.getValue()).append("]: ")
                    .append(String.join(" ", paragraphs).strip()).append("\n\n");
        }
        String markdown = text.toString().strip();
        if (!(heading.equals(PREAMBLE) && markdown.isEmpty())) {
            if (sections.size() >= DocumentLimits.MAX_SECTIONS) {
                throw new TooLargeException("too-many-sections", "The Word file has more than "
                        + DocumentLimits.MAX_SECTIONS + " top-level headings; a document may hold at most that many.");
            }
            sections.add(new NewSection(heading.isBlank() ? "Untitled" : heading, markdown));
        }
        body = new StringBuilder();
        footnoteLabels.clear();
    }

    /** 0 for a top-level heading, 1 to 8 for lower headings, -1 for body text. */
    private int outlineLevel(P paragraph, String styleId) {
        Integer direct = level(paragraph.getPPr() == null ? null : paragraph.getPPr().getOutlineLvl());
        if (direct != null) {
            return direct;
        }
        String id = styleId;
        for (int depth = 0; id != null && depth < 10; depth++) {
            Style style = styles.apply(id);
            if (style == null) {
                break;
            }
            Integer fromStyle = level(style.getPPr() == null ? null : style.getPPr().getOutlineLvl());
            if (fromStyle != null) {
                return fromStyle;
            }
            Matcher name = HEADING_NAME.matcher(style.getName() == null ? "" : style.getName().getVal());
            if (name.matches()) {
                return Integer.parseInt(name.group(1)) - 1;
            }
            id = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
        }
        Matcher name = HEADING_NAME.matcher(styleId == null ? "" : styleId);
        return name.matches() ? Integer.parseInt(name.group(1)) - 1 : -1;
    }

    private static Integer level(PPrBase.OutlineLvl outline) {
        if (outline == null || outline.getVal() == null) {
            return null;
        }
        int value = outline.getVal().intValue();
        return value >= BODY_TEXT_LEVEL || value < 0 ? -1 : value;
    }

    private PPrBase.NumPr numPr(P paragraph, String styleId) {
        PPrBase.NumPr direct = paragraph.getPPr() == null ? null : paragraph.getPPr().getNumPr();
        if (direct == null && styleId != null) {
            Style style = styles.apply(styleId);
            direct = style == null || style.getPPr() == null ? null : style.getPPr().getNumPr();
        }
        if (direct == null || direct.getNumId() == null || direct.getNumId().getVal() == null
                || BigInteger.ZERO.equals(direct.getNumId().getVal())) {
            return null;
        }
        return direct;
    }
}
