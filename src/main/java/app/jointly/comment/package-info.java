/**
 * Comments: threads anchored to passages of co-edited texts (document sections), whose anchors the server maps
 * through every accepted change ({@link app.jointly.collab.TextHistory}), and discussions (threads without an
 * anchor) on proposals and votes. Public API: {@link app.jointly.comment.CommentService}, the thread and reply
 * records, and the past-tense events {@link app.jointly.comment.CommentPosted},
 * {@link app.jointly.comment.ReplyPosted} and {@link app.jointly.comment.CommentThreadChanged} that notifications
 * and live views react to.
 */
package app.jointly.comment;
