/**
 * Read-only presentation links for documents: members with edit rights issue and revoke them ({@link
 * app.jointly.share.ShareLinks}), anyone holding a valid link reads the document without an account and, when the
 * link allows it, leaves feedback ({@link app.jointly.share.PublicShares}), and the team reads, hides, answers and
 * approves that feedback ({@link app.jointly.share.VisitorFeedback}). Links are stored only as SHA-256 hashes of
 * their tokens.
 */
package app.jointly.share;
