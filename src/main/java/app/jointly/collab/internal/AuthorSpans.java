package app.jointly.collab.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Who wrote which characters of a text: consecutive spans of (length, user id), where a null user marks text that
 * was there before co-editing began. Kept through every change: inserted characters belong to the update's
 * user, deleted ones disappear with their spans.
 */
public final class AuthorSpans implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int[] lengths;
    private final String[] authors;

    public AuthorSpans(int[] lengths, String[] authors) {
        this.lengths = lengths;
        this.authors = authors;
    }

    public static AuthorSpans of(int length, String author) {
        return length == 0 ? new AuthorSpans(new int[0], new String[0])
                : new AuthorSpans(new int[] {length}, new String[] {author});
    }

    public int spanCount() {
        return lengths.length;
    }

    public int length(int span) {
        return lengths[span];
    }

    public String author(int span) {
        return authors[span];
    }

    public int totalLength() {
        return Arrays.stream(lengths).sum();
    }

    /** The spans after {@code changes}, whose inserted text is attributed to {@code author}. */
    public AuthorSpans apply(ChangeSet changes, String author) {
        Builder out = new Builder();
        int span = 0;
        int offset = 0; // characters of the current span already consumed
        for (int i = 0; i < changes.sectionCount(); i++) {
            int len = changes.sectionLength(i);
            int ins = changes.sectionInsert(i);
            int left = len;
            while (left > 0) {
                int take = Math.min(left, lengths[span] - offset);
                if (ins < 0) {
                    out.add(take, authors[span]);
                }
                left -= take;
                offset += take;
                if (offset == lengths[span]) {
                    span++;
                    offset = 0;
                }
            }
            if (ins > 0) {
                out.add(ins, author);
            }
        }
        return out.build();
    }

    /** JSON for the protocol: {@code [[length, userId|null], ...]}. */
    public String toJson() {
        StringBuilder out = new StringBuilder(lengths.length * 24 + 2).append('[');
        for (int i = 0; i < lengths.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('[').append(lengths[i]).append(',');
            if (authors[i] == null) {
                out.append("null");
            } else {
                JsonText.appendString(out, authors[i]);
            }
            out.append(']');
        }
        return out.append(']').toString();
    }

    private static final class Builder {
        private final List<Integer> lengths = new ArrayList<>();
        private final List<String> authors = new ArrayList<>();

        void add(int length, String author) {
            if (length == 0) {
                return;
            }
            int last = lengths.size() - 1;
            if (last >= 0 && Objects.equals(authors.get(last), author)) {
                lengths.set(last, lengths.get(last) + length);
            } else {
                lengths.add(length);
                authors.add(author);
            }
        }

        AuthorSpans build() {
            return new AuthorSpans(lengths.stream().mapToInt(Integer::intValue).toArray(),
                    authors.toArray(String[]::new));
        }
    }
}
