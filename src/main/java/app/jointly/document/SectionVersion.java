package app.jointly.document;

import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import java.time.Instant;

/**
 * A text a section had before it was replaced: by whom and when it was replaced, and why ({@code edit},
 * {@code agreement} or {@code removed}).
 */
public record SectionVersion(SectionId sectionId, String heading, String markdown, Instant replacedAt,
                             UserId replacedBy, String reason) {
}
