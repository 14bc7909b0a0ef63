package app.jointly.collab.internal;

/**
 * Moving one change set over another that starts from the same text (CodeMirror's {@code map}), the
 * operational transformation at the heart of the collaboration protocol.
 */
final class ChangeMapper {

    private ChangeMapper() {
    }

    static ChangeSet map(ChangeSet setA, ChangeSet setB, boolean before) {
        SectionBuilder out = new SectionBuilder();
        SectionCursor a = new SectionCursor(setA);
        SectionCursor b = new SectionCursor(setB);
        // index of the section of A whose insertion has already been emitted (A's changes may be split)
        int emitted = -1;
        while (true) {
            if (a.done() && b.len > 0 || b.done() && a.len > 0) {
                throw new IllegalArgumentException("Mismatched change set lengths");
            } else if (a.ins == -1 && b.ins == -1) {
                // both leave this stretch alone
                int len = Math.min(a.len, b.len);
                out.add(len, -1, false);
                a.forward(len);
                b.forward(len);
            } else if (b.ins >= 0 && (a.ins < 0 || emitted == a.index()
                    || a.off == 0 && (b.len < a.len || b.len == a.len && !before))) {
                // B's change comes first (by position, then length, then the before flag): keep its result and
                // emit any insertion of A it covers
                int len = b.len;
                out.add(b.ins, -1, false);
                while (len > 0) {
                    if (a.done()) {
                        throw new IllegalArgumentException("Mismatched change set lengths");
                    }
                    int piece = Math.min(a.len, len);
                    if (a.ins >= 0 && emitted < a.index() && a.len <= piece) {
                        out.add(0, a.ins, false);
                        out.addText(a.text());
                        emitted = a.index();
                    }
                    a.forward(piece);
                    len -= piece;
                }
                b.advance();
            } else if (a.ins >= 0) {
                // A's change, up to the start of the next change of B that is not a plain deletion
                int len = 0;
                int left = a.len;
                while (left > 0) {
                    if (b.ins == -1) {
                        int piece = Math.min(left, b.len);
                        len += piece;
                        left -= piece;
                        b.forward(piece);
                    } else if (b.ins == 0 && b.len < left) {
                        left -= b.len;
                        b.advance();
                    } else {
                        break;
                    }
                }
                out.add(len, emitted < a.index() ? a.ins : 0, false);
                if (emitted < a.index()) {
                    out.addText(a.text());
                }
                emitted = a.index();
                a.forward(a.len - left);
            } else if (a.done() && b.done()) {
                return out.build();
            } else {
                throw new IllegalArgumentException("Mismatched change set lengths");
            }
        }
    }
}
