package app.jointly.share.ui;

import java.util.Optional;

/**
 * Finds the words a visitor quoted (as they read them, rendered) in the section's Markdown: emphasis marks,
 * backticks and runs of white space in the Markdown are skipped while matching, so "multiple measures" finds
 * {@code **multiple** measures}.
 */
final class PassageLocator {

    private PassageLocator() {
    }

    /** @return {from, to} in the Markdown, or empty when the words are not there */
    static Optional<int[]> locate(String markdown, String quoted) {
        String wanted = quoted == null ? "" : quoted.strip().replaceAll("\\s+", " ");
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (int start = 0; start < markdown.length(); start++) {
            if (ignorable(markdown.charAt(start)) || Character.isWhitespace(markdown.charAt(start))) {
                continue;
            }
            int end = match(markdown, start, wanted);
            if (end > 0) {
                return Optional.of(new int[] {start, end});
            }
        }
        return Optional.empty();
    }

    private static int match(String markdown, int start, String wanted) {
        int i = start;
        int j = 0;
        while (j < wanted.length()) {
            if (i >= markdown.length()) {
                return -1;
            }
            char m = markdown.charAt(i);
            char w = wanted.charAt(j);
            if (w == ' ' && Character.isWhitespace(m)) {
                while (i < markdown.length() && (Character.isWhitespace(markdown.charAt(i))
                        || ignorable(markdown.charAt(i)))) {
                    i++;
                }
                j++;
            } else if (m == w) {
                i++;
                j++;
            } else if (ignorable(m)) {
                i++;
            } else {
                return -1;
            }
        }
        return i;
    }

    private static boolean ignorable(char c) {
        return c == '*' || c == '_' || c == '`' || c == '~';
    }
}
