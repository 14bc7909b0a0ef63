package app.jointly.document;

import app.jointly.shared.SectionId;
import java.util.Optional;

/**
 * Service provider interface for the co-editing engine: when a bean implements it, reading a document returns each
 * section's live (co-edited) text instead of the last stored text. Without such a bean the stored text is used.
 */
public interface SectionTextSource {

    /** The section's current live text, or empty when nobody is co-editing it (then the stored text is current). */
    default Optional<String> liveText(SectionId section) {
        return live(section).map(LiveText::text);
    }

    /**
     * The section's current live text with its co-editing version (read together, so a position given in the
     * text is a position at that version), or empty when the text was never co-edited (then its stored text is
     * current and its version is 0).
     */
    Optional<LiveText> live(SectionId section);
}
