package app.jointly.document;

import app.jointly.shared.SectionId;
import java.util.Optional;

/**
 * Service provider interface for the co-editing engine: when a bean implements it, reading a document returns each
 * section's live (co-edited) text instead of the last stored text. Without such a bean the stored text is used.
 */
public interface SectionTextSource {

    /** The section's current live text, or empty when nobody is co-editing it (then the stored text is current). */
    Optional<String> liveText(SectionId section);
}
