package app.jointly.collab.internal;

import java.util.Arrays;

/**
 * An immutable set of changes to a text, with exactly the semantics of {@code @codemirror/state}'s
 * {@code ChangeSet}: a sequence of sections, each a pair (length in the old text, replacement length), where a
 * replacement length of -1 marks an unchanged stretch. Positions are UTF-16 code units (Java string indices,
 * like CodeMirror's), and inserted text joins its lines with "\n".
 *
 * <p>Composition and mapping follow CodeMirror's algorithms step by step (including how adjacent sections are
 * joined) because the browser editor computes the same operations on its side: the server and clients must
 * break ties identically, or their texts would drift apart.
 */
public final class ChangeSet {

    private static final String[] NO_TEXT = new String[0];

    private final int[] sections;
    /** Inserted text per section index; shorter than the section count when trailing sections insert nothing. */
    private final String[] inserted;

    ChangeSet(int[] sections, String[] inserted) {
        this.sections = sections;
        this.inserted = inserted;
    }

    /** A change set for a text of this length that changes nothing. */
    public static ChangeSet empty(int length) {
        return new ChangeSet(length > 0 ? new int[] {length, -1} : new int[0], NO_TEXT);
    }

    /** Replaces {@code from..to} of a text of {@code length} with {@code insert}. */
    public static ChangeSet replace(int length, int from, int to, String insert) {
        if (from < 0 || to < from || to > length) {
            throw new IllegalArgumentException("Invalid range " + from + ".." + to + " in a text of length " + length);
        }
        SectionBuilder builder = new SectionBuilder();
        builder.add(from, -1, false);
        builder.add(to - from, insert.length(), false);
        builder.addText(insert);
        builder.add(length - to, -1, false);
        return builder.build();
    }

    /** The length of the text these changes apply to. */
    public int length() {
        int result = 0;
        for (int i = 0; i < sections.length; i += 2) {
            result += sections[i];
        }
        return result;
    }

    /** The length of the text after the changes. */
    public int newLength() {
        int result = 0;
        for (int i = 0; i < sections.length; i += 2) {
            int ins = sections[i + 1];
            result += ins < 0 ? sections[i] : ins;
        }
        return result;
    }

    /** True when nothing changes. */
    public boolean isEmpty() {
        return sections.length == 0 || sections.length == 2 && sections[1] < 0;
    }

    /** Total characters inserted, for size limits. */
    public int insertedLength() {
        int result = 0;
        for (int i = 1; i < sections.length; i += 2) {
            result += Math.max(0, sections[i]);
        }
        return result;
    }

    int sectionCount() {
        return sections.length / 2;
    }

    int sectionLength(int index) {
        return sections[index * 2];
    }

    int sectionInsert(int index) {
        return sections[index * 2 + 1];
    }

    String sectionText(int index) {
        return index < inserted.length && inserted[index] != null ? inserted[index] : "";
    }

    /** Applies the changes to a text of exactly {@link #length()} characters. */
    public String apply(String text) {
        if (text.length() != length()) {
            throw new IllegalArgumentException("Change set of length " + length() + " applied to a text of length "
                    + text.length());
        }
        StringBuilder result = new StringBuilder(newLength());
        int pos = 0;
        for (int i = 0; i < sections.length; i += 2) {
            int len = sections[i];
            int ins = sections[i + 1];
            if (ins < 0) {
                result.append(text, pos, pos + len);
            } else if (ins > 0) {
                result.append(sectionText(i >> 1));
            }
            pos += len;
        }
        return result.toString();
    }

    /** The changes of this set followed by {@code other}, which must start from the text this set produces. */
    public ChangeSet compose(ChangeSet other) {
        if (isEmpty()) {
            return other;
        }
        if (other.isEmpty()) {
            return this;
        }
        return ChangeComposer.compose(this, other);
    }

    /**
     * This set moved over {@code other} (both start from the same text), so that it applies after {@code other}.
     * When {@code before} is true, insertions at the same position are ordered as if this set came first.
     */
    public ChangeSet map(ChangeSet other, boolean before) {
        return other.isEmpty() ? this : ChangeMapper.map(this, other, before);
    }

    /** Maps a position through these changes; {@code assoc} &lt; 0 keeps it before insertions at that point. */
    public int mapPos(int pos, int assoc) {
        int posA = 0;
        int posB = 0;
        for (int i = 0; i < sections.length; i += 2) {
            int len = sections[i];
            int ins = sections[i + 1];
            int endA = posA + len;
            if (ins < 0) {
                if (endA > pos) {
                    return posB + (pos - posA);
                }
                posB += len;
            } else {
                if (endA > pos || endA == pos && assoc < 0 && len == 0) {
                    return pos == posA || assoc < 0 ? posB : posB + ins;
                }
                posB += ins;
            }
            posA = endA;
        }
        if (pos > posA) {
            throw new IllegalArgumentException("Position " + pos + " is outside a text of length " + posA);
        }
        return posB;
    }

    int[] sections() {
        return sections;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChangeSet other && Arrays.equals(sections, other.sections)
                && Arrays.equals(normalisedTexts(), other.normalisedTexts());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sections);
    }

    private String[] normalisedTexts() {
        String[] texts = new String[sectionCount()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = sectionInsert(i) > 0 ? sectionText(i) : "";
        }
        return texts;
    }

    @Override
    public String toString() {
        return ChangeSetJson.write(this);
    }
}
