package app.jointly.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.docx4j.XmlUtils;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Tr;

/** A Word table as a Markdown pipe table: the first row is the header; a cell's paragraphs join with spaces. */
final class WordTable {

    private WordTable() {
    }

    static String markdown(Tbl table, Function<ContentAccessor, String> inline) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (Object item : table.getContent()) {
            if (XmlUtils.unwrap(item) instanceof Tr row) {
                List<String> cells = new ArrayList<>();
                for (Object cellItem : row.getContent()) {
                    if (XmlUtils.unwrap(cellItem) instanceof Tc cell) {
                        cells.add(cellText(cell, inline));
                    }
                }
                columns = Math.max(columns, cells.size());
                rows.add(cells);
            }
        }
        if (rows.isEmpty() || columns == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            out.append('|');
            for (int c = 0; c < columns; c++) {
                String text = c < cells.size() ? cells.get(c) : "";
                out.append(' ').append(text.isEmpty() ? " " : text).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append("|").append(" --- |".repeat(columns)).append('\n');
            }
        }
        return out.toString();
    }

    private static String cellText(Tc cell, Function<ContentAccessor, String> inline) {
        List<String> paragraphs = new ArrayList<>();
        for (Object item : cell.getContent()) {
            if (XmlUtils.unwrap(item) instanceof P paragraph) {
                String text = inline.apply(paragraph);
                if (!text.isEmpty()) {
                    paragraphs.add(text);
                }
            }
        }
        return String.join(" ", paragraphs);
    }
}
