package app.jointly.document.internal;

/** Escaping of plain text so that Markdown shows it as it is. */
final class MarkdownText {

    private MarkdownText() {
    }

    /** Backslash-escapes the characters that start inline Markdown (emphasis, code, links, HTML, table cells). */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\*_`[]<>|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A paragraph that would start a heading, quote, list or numbered list is kept a paragraph. */
    static String asParagraph(String markdown) {
        if (markdown.isEmpty()) {
            return markdown;
        }
        if ("#>-+=".indexOf(markdown.charAt(0)) >= 0) {
            return "\\" + markdown;
        }
        return markdown.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
    }
}
