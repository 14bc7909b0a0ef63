package app.jointly.collab.internal;

/** Composition of two consecutive change sets (CodeMirror's {@code compose}). */
final class ChangeComposer {

    private ChangeComposer() {
    }

    static ChangeSet compose(ChangeSet first, ChangeSet second) {
        SectionBuilder out = new SectionBuilder();
        SectionCursor a = new SectionCursor(first);
        SectionCursor b = new SectionCursor(second);
        // "open": the section being built continues one that started in an earlier step and must be joined to it
        boolean open = false;
        while (true) {
            if (a.done() && b.done()) {
                return out.build();
            } else if (a.ins == 0) {
                // a deletion in the first set: the second never sees those characters
                out.add(a.len, 0, open);
                a.advance();
            } else if (b.len == 0 && !b.done()) {
                // an insertion in the second set
                out.add(0, b.ins, open);
                out.addText(b.text());
                b.advance();
            } else if (a.done() || b.done()) {
                throw new IllegalArgumentException("Mismatched change set lengths");
            } else {
                int len = Math.min(a.len2(), b.len);
                int before = out.size();
                if (a.ins == -1) {
                    int insB = b.ins == -1 ? -1 : b.off > 0 ? 0 : b.ins;
                    out.add(len, insB, open);
                    if (insB > 0) {
                        out.addText(b.text());
                    }
                } else if (b.ins == -1) {
                    out.add(a.off > 0 ? 0 : a.len, len, open);
                    out.addText(a.textBit(len));
                } else {
                    out.add(a.off > 0 ? 0 : a.len, b.off > 0 ? 0 : b.ins, open);
                    if (b.off == 0) {
                        out.addText(b.text());
                    }
                }
                open = (a.ins > len || b.ins >= 0 && b.len > len) && (open || out.size() > before);
                a.forward2(len);
                b.forward(len);
            }
        }
    }
}
