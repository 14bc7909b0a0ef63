package app.jointly.document;

import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Service provider interface for the co-editing engine: who changed a section's live (co-edited) text and when, so
 * that the version history can name the authors of text that never went through a document write. Asked only when
 * the history is read or a version is taken, never while people type. Without such a bean, live changes are
 * attributed to the document's last writer.
 */
public interface SectionEditors {

    /** The people whose edits of the section's live text came after {@code since}, and the time of the last one. */
    Optional<LiveEdits> editsSince(SectionId section, Instant since);

    /** Editors in the order of their first edit, and the time of the latest edit. */
    record LiveEdits(List<UserId> editors, Instant lastEditAt) {

        public LiveEdits {
            editors = List.copyOf(editors);
        }
    }
}
