package app.jointly.shared;

/**
 * The one check every module applies to free text a person typed (names, titles, headings, bodies, rationales,
 * questions): no control characters and no unpaired UTF-16 surrogates. Control characters hide or reshape text
 * on screen and in exports; a lone surrogate is not text at all and turns into replacement characters (or
 * errors) when stored, hashed or sent as UTF-8, so both are refused instead of being stored.
 */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Refuses a single-line text holding a control character (tab and line breaks included) or a lone surrogate.
     *
     * @param field the field's name as the client sends it, named in the error
     * @return the value unchanged (null stays null: presence and length are each module's rules)
     * @throws InvalidInputException {@code bad-text}
     */
    public static String singleLine(String value, String field) {
        return check(value, field, false);
    }

    /** As {@link #singleLine}, but tab, line feed and carriage return are allowed. */
    public static String multiLine(String value, String field) {
        return check(value, field, true);
    }

    private static String check(String value, String field, boolean lines) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused(field, "an unpaired UTF-16 surrogate", lines);
            } else if (Character.isISOControl(c) && !(lines && (c == '\t' || c == '\n' || c == '\r'))) {
                throw refused(field, "a control character (U+" + String.format("%04X", (int) c) + ")", lines);
            }
        }
        return value;
    }

    private static InvalidInputException refused(String field, String what, boolean lines) {
        return new InvalidInputException("bad-text", "The field '" + field + "' contains " + what + ": only plain "
                + (lines ? "text, tabs and line breaks are" : "text on a single line is") + " allowed.");
    }
}
