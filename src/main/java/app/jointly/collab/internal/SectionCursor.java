package app.jointly.collab.internal;

/** Walks the sections of a change set, allowing a section to be consumed piece by piece. */
final class SectionCursor {

    private final ChangeSet set;
    /** Index of the next section to load. */
    int next;
    int len;
    int off;
    /** Replacement length; -1 unchanged; -2 when past the end. */
    int ins;

    SectionCursor(ChangeSet set) {
        this.set = set;
        advance();
    }

    void advance() {
        if (next < set.sectionCount()) {
            len = set.sectionLength(next);
            ins = set.sectionInsert(next);
            next++;
        } else {
            len = 0;
            ins = -2;
        }
        off = 0;
    }

    boolean done() {
        return ins == -2;
    }

    /** Length of the current section in the new text. */
    int len2() {
        return ins < 0 ? len : ins;
    }

    /** Index of the current section, identifying it across calls. */
    int index() {
        return next - 1;
    }

    String text() {
        return set.sectionText(next - 1);
    }

    String textBit(int length) {
        String text = text();
        return text.isEmpty() ? "" : text.substring(off, off + length);
    }

    /** Consumes {@code length} characters of the old text. */
    void forward(int length) {
        if (length == len) {
            advance();
        } else {
            len -= length;
            off += length;
        }
    }

    /** Consumes {@code length} characters of the new text. */
    void forward2(int length) {
        if (ins == -1) {
            forward(length);
        } else if (length == ins) {
            advance();
        } else {
            ins -= length;
            off += length;
        }
    }
}
