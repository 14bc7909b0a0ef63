package app.jointly.document.internal;

import app.jointly.document.SectionAgreement;
import app.jointly.document.SectionView;
import app.jointly.shared.SectionId;
import org.springframework.data.annotation.PersistenceCreator;

/**
 * A section as stored inside its document. The id is named {@code sectionId} because Spring Data would store an
 * embedded property called {@code id} as {@code _id}. {@code agreement} is the tentative agreement locking the
 * text (null when open); {@code releasedAgreement} the key of the last one reopened, so that a late duplicate of
 * its write cannot lock the text again.
 */
public record StoredSection(String sectionId, String heading, String markdown, SectionAgreement agreement,
                            String releasedAgreement) {

    @PersistenceCreator
    public StoredSection {
        // the canonical constructor is the one Spring Data reads with (a missing field is null)
    }

    public StoredSection(String sectionId, String heading, String markdown) {
        this(sectionId, heading, markdown, null, null);
    }

    StoredSection withHeading(String newHeading) {
        return new StoredSection(sectionId, newHeading, markdown, agreement, releasedAgreement);
    }

    StoredSection withMarkdown(String newMarkdown) {
        return new StoredSection(sectionId, heading, newMarkdown, agreement, releasedAgreement);
    }

    StoredSection agreed(String newMarkdown, SectionAgreement newAgreement) {
        return new StoredSection(sectionId, heading, newMarkdown, newAgreement, releasedAgreement);
    }

    StoredSection released() {
        return new StoredSection(sectionId, heading, markdown, null, agreement == null ? releasedAgreement
                : agreement.agreementKey());
    }

    boolean locked() {
        return agreement != null;
    }

    SectionView toView(String text) {
        return toView(text, 0);
    }

    SectionView toView(String text, int textVersion) {
        return new SectionView(new SectionId(sectionId), heading, text, agreement, textVersion);
    }
}
