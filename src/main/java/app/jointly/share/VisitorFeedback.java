package app.jointly.share;

import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import java.util.List;

/**
 * The team's side of visitor feedback. Members read it; members who can edit hide, answer and approve it. A
 * comment or document outside the caller's workspaces is {@link app.jointly.shared.NotFoundException}.
 */
public interface VisitorFeedback {

    /** Every visitor comment on the document, newest first, hidden ones included. */
    List<VisitorComment> list(DocumentId document, UserId by);

    VisitorComment setHidden(String commentId, boolean hidden, UserId by);

    /** Lets the links in the comment be shown clickable. */
    VisitorComment approveLinks(String commentId, UserId by);

    /** @param answer the team's answer (replaces an earlier one) */
    VisitorComment answer(String commentId, String answer, UserId by);
}
