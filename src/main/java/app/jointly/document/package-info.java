/**
 * Documents of a workspace (contracts, shared visions, compacts, plans, minutes), their ordered sections with
 * Markdown bodies, and the safe HTML rendering of that Markdown. Other modules use {@link
 * app.jointly.document.DocumentService} (checks the caller's membership) and {@link
 * app.jointly.document.DocumentDirectory} (no checks: for modules that check access themselves).
 */
package app.jointly.document;
