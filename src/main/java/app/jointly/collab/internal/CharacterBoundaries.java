package app.jointly.collab.internal;

/**
 * Keeps texts well-formed UTF-16: a change may not start or end between the two halves of a character outside the
 * Basic Multilingual Plane (an emoji, say), nor insert half of one. A lone half cannot be stored in MongoDB or sent
 * between cluster members (both encode UTF-8) and would silently turn into a replacement character there, so
 * the text would differ between the editor and the server.
 */
final class CharacterBoundaries {

    private CharacterBoundaries() {
    }

    /** @throws ProtocolException (invalid-changes) when {@code changes} would split a character of {@code text} */
    static void check(String text, ChangeSet changes) {
        int pos = 0;
        for (int i = 0; i < changes.sectionCount(); i++) {
            int len = changes.sectionLength(i);
            if (changes.sectionInsert(i) >= 0) {
                if (splitsAt(text, pos) || splitsAt(text, pos + len)) {
                    throw ProtocolException.invalidChanges("A change may not split a character in two (position "
                            + (splitsAt(text, pos) ? pos : pos + len) + ").");
                }
                if (!wellFormed(changes.sectionText(i))) {
                    throw ProtocolException.invalidChanges("Inserted text may not contain half a character.");
                }
            }
            pos += len;
        }
    }

    private static boolean splitsAt(String text, int pos) {
        return pos > 0 && pos < text.length() && Character.isHighSurrogate(text.charAt(pos - 1))
                && Character.isLowSurrogate(text.charAt(pos));
    }

    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** Replaces any lone half with U+FFFD, for text that comes from elsewhere (a section's stored text). */
    static String repair(String text) {
        if (wellFormed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
