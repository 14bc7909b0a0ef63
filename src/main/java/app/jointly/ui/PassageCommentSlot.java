package app.jointly.ui;

/**
 * Lets the co-editing page offer "comment on the selection" without depending on the comments module (which
 * depends on co-editing). Optional bean: without one the page has no such button.
 */
public interface PassageCommentSlot {

    /**
     * Opens a form to comment on {@code from..to} (UTF-16 offsets) of the section's text as of co-editing version
     * {@code version}; the comment's anchor is mapped to the current text by the server.
     */
    void open(String documentId, String sectionId, int from, int to, int version);
}
