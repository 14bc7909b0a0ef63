package app.jointly.document;

/** A section to add: heading and Markdown body (the body may be empty). */
public record NewSection(String heading, String markdown) {
}
