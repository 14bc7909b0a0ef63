package app.jointly.document.internal;

import app.jointly.shared.ConflictException;
import app.jointly.shared.SectionId;
import java.util.List;
import java.util.Objects;

/**
 * The one check that keeps a tentative agreement's text unchanged. {@link DocumentWriter} runs it on every write of
 * a document's sections (text edits, removals, structural edits, and any later path such as suggestions or a
 * restore): each section locked before the write must still be there afterwards with the same text and the same
 * agreement. Only the write of a tentative agreement itself may change the section it agrees on.
 */
final class AgreedTextGuard {

    static final String CODE = "agreed-text-locked";

    private AgreedTextGuard() {
    }

    /**
     * @param agreementWrite the section a tentative agreement is writing (exempt), or null for any other write
     * @throws ConflictException when the write would change or drop a locked section's text
     */
    static void check(List<StoredSection> before, List<StoredSection> after, SectionId agreementWrite) {
        for (StoredSection locked : before) {
            if (!locked.locked() || agreementWrite != null && agreementWrite.value().equals(locked.sectionId())) {
                continue;
            }
            StoredSection now = after.stream().filter(s -> s.sectionId().equals(locked.sectionId())).findFirst()
                    .orElseThrow(() -> refused(locked));
            if (!now.markdown().equals(locked.markdown()) || !Objects.equals(now.agreement(), locked.agreement())) {
                throw refused(locked);
            }
        }
    }

    private static ConflictException refused(StoredSection locked) {
        return new ConflictException(CODE, "\"" + locked.heading() + "\" is a tentative agreement: its text "
                + "cannot be changed or removed. To change it, draft a new proposal for this article at the "
                + "bargaining table; once every party's lead signs it, its text replaces this one.");
    }
}
