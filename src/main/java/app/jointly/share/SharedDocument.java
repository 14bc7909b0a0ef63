package app.jointly.share;

import app.jointly.document.DocumentKind;
import java.util.List;

/**
 * What a link shows: the document's title, kind and sections, and nothing else of its workspace.
 *
 * @param versionName the named version shown, or null for the current text
 * @param feedback whether visitors may leave comments through this link
 */
public record SharedDocument(String title, DocumentKind kind, String versionName, List<SharedSection> sections,
                             boolean feedback) {

    public SharedDocument {
        sections = List.copyOf(sections);
    }
}
