package app.jointly.share;

/**
 * Feedback a visitor leaves on a passage of a section: characters {@code from} (inclusive) to {@code to}
 * (exclusive) of the section's Markdown, or the whole section when both are null.
 */
public record NewVisitorComment(String name, String organisation, String body, String sectionId, Integer from,
                                Integer to) {
}
