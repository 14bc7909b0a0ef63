package app.jointly.document;

import java.util.Optional;

/**
 * Read-only content another module shows under a section on the document page (a plan's progress chart), so that
 * the document module need not depend on it. Called only for a reader who may read the document.
 */
public interface SectionSupplement {

    /** Markup safe to put into the page as it is (the implementation escapes what it writes), or empty. */
    Optional<String> html(DocumentView document, SectionView section);
}
