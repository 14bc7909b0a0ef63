package app.jointly.share;

import app.jointly.shared.ClusterEvent;
import app.jointly.shared.DocumentId;

/** A visitor left a comment, or the team hid, answered or approved one: team pages showing the document refresh. */
public record VisitorFeedbackChanged(DocumentId documentId, String commentId) implements ClusterEvent {
}
