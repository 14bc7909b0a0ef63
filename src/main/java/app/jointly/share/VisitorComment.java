package app.jointly.share;

import app.jointly.shared.DocumentId;
import java.time.Instant;

/**
 * A visitor's comment as the team sees it.
 *
 * @param passage the commented text as it was when the comment was left (empty for the whole section)
 * @param linksApproved whether a member approved the links in it (only then are they shown clickable)
 * @param answer the team's answer, or null
 */
public record VisitorComment(String id, DocumentId documentId, String shareId, String sectionId,
                             String sectionHeading, int from, int to, String passage, String name,
                             String organisation, String body, Instant createdAt, boolean hidden,
                             boolean linksApproved, String answer, Instant answeredAt) {
}
