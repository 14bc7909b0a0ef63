package app.jointly.document;

import app.jointly.shared.InvalidInputException;
import java.util.Locale;

/** What a document is; the wire names are {@code contract}, {@code shared-vision}, {@code compact}, {@code plan}, {@code minutes}. */
public enum DocumentKind {
    CONTRACT("contract", "Contract"),
    SHARED_VISION("shared-vision", "Shared vision"),
    COMPACT("compact", "Compact"),
    PLAN("plan", "Plan"),
    MINUTES("minutes", "Minutes");

    private final String wireName;
    private final String label;

    DocumentKind(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    /** A short human name for the UI. */
    public String label() {
        return label;
    }

    /** @throws InvalidInputException when the value is not one of the wire names */
    public static DocumentKind fromWire(String value) {
        if (value != null) {
            String normalised = value.trim().toLowerCase(Locale.ROOT);
            for (DocumentKind kind : values()) {
                if (kind.wireName.equals(normalised)) {
                    return kind;
                }
            }
        }
        throw new InvalidInputException("invalid-kind",
                "Kind must be one of contract, shared-vision, compact, plan, minutes.");
    }
}
