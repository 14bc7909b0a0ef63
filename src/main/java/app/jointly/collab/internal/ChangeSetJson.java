package app.jointly.collab.internal;

import tools.jackson.databind.JsonNode;

/**
 * Reads and writes the JSON form of {@code ChangeSet.toJSON()}: an array whose numbers are unchanged lengths and
 * whose arrays {@code [len, line...]} replace {@code len} characters with the lines joined by "\n". Reading keeps
 * the sections exactly as sent (as CodeMirror's {@code fromJSON} does) and validates everything: a hostile or
 * buggy client can only earn an {@code invalid-changes} error.
 */
public final class ChangeSetJson {

    private ChangeSetJson() {
    }

    /**
     * @param maxParts most array elements accepted
     * @param maxInserted most characters inserted in total
     */
    public static ChangeSet read(JsonNode json, int maxParts, int maxInserted) {
        if (json == null || !json.isArray()) {
            throw ProtocolException.invalidChanges("changes must be an array (ChangeSet.toJSON()).");
        }
        if (json.size() > maxParts) {
            throw new ProtocolException("too-large", "A change set may have at most " + maxParts + " parts.");
        }
        int[] sections = new int[json.size() * 2];
        String[] texts = new String[json.size()];
        long inserted = 0;
        long covered = 0;
        int count = 0;
        for (int i = 0; i < json.size(); i++) {
            JsonNode part = json.get(i);
            if (part.isArray()) {
                if (part.isEmpty()) {
                    throw ProtocolException.invalidChanges("A replacement must start with a length.");
                }
                int len = length(part.get(0));
                covered += len;
                StringBuilder text = new StringBuilder();
                for (int line = 1; line < part.size(); line++) {
                    JsonNode value = part.get(line);
                    if (!value.isString()) {
                        throw ProtocolException.invalidChanges("Inserted lines must be strings.");
                    }
                    String s = value.asString();
                    if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                        throw ProtocolException.invalidChanges("An inserted line may not contain a line break.");
                    }
                    if (line > 1) {
                        text.append('\n');
                    }
                    text.append(s);
                    if (inserted + text.length() > maxInserted) {
                        throw new ProtocolException("too-large",
                                "An update may insert at most " + maxInserted + " characters.");
                    }
                }
                inserted += text.length();
                sections[2 * i] = len;
                sections[2 * i + 1] = text.length();
                texts[i] = text.toString();
                count = i + 1;
            } else {
                sections[2 * i] = length(part);
                sections[2 * i + 1] = -1;
                covered += sections[2 * i];
            }
            if (covered > Integer.MAX_VALUE / 2) {
                throw ProtocolException.invalidChanges("The change set covers more text than any document has.");
            }
        }
        String[] trimmed = new String[count];
        System.arraycopy(texts, 0, trimmed, 0, count);
        return new ChangeSet(sections, trimmed);
    }

    private static int length(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
            throw ProtocolException.invalidChanges("Lengths must be non-negative integers.");
        }
        return node.asInt();
    }

    /** The JSON text of {@code ChangeSet.toJSON()} for these changes. */
    public static String write(ChangeSet changes) {
        StringBuilder out = new StringBuilder(32 + changes.insertedLength());
        out.append('[');
        for (int i = 0; i < changes.sectionCount(); i++) {
            if (i > 0) {
                out.append(',');
            }
            int len = changes.sectionLength(i);
            int ins = changes.sectionInsert(i);
            if (ins < 0) {
                out.append(len);
            } else {
                out.append('[').append(len);
                if (ins > 0) {
                    for (String line : changes.sectionText(i).split("\n", -1)) {
                        out.append(',');
                        JsonText.appendString(out, line);
                    }
                }
                out.append(']');
            }
        }
        return out.append(']').toString();
    }
}
