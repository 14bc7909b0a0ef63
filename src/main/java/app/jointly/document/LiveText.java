package app.jointly.document;

/** A section's live (co-edited) text and its co-editing version: the number of updates accepted for it. */
public record LiveText(String text, int version) {
}
