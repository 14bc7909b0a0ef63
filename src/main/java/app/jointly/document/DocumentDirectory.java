package app.jointly.document;

import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * Section look-ups for other modules (proposals, comments, co-editing) that check access themselves. Nothing here
 * checks the caller: locate the section, check membership of its workspace, then act.
 */
public interface DocumentDirectory {

    Optional<SectionLocation> locateSection(SectionId section);

    /**
     * The section's stored (agreed) text.
     *
     * @throws app.jointly.shared.NotFoundException when there is no such section
     */
    String sectionText(SectionId section);

    /**
     * The section's stored (agreed) text as it was at {@code at}: the text the first replacement after {@code at}
     * replaced, or the current text when it has not been replaced since.
     *
     * @throws app.jointly.shared.NotFoundException when there is no such section
     */
    String sectionTextAt(SectionId section, Instant at);

    /**
     * Makes {@code markdown} the section's agreed text because the tentative agreement {@code agreementKey} (the
     * agreeing proposal's id) was reached, and in a contract locks the text: from then on no edit, removal or
     * co-edit may change it (409 {@code agreed-text-locked}) until {@link #releaseAgreedText} or a later
     * agreement's write. Other kinds of document take the text without a lock. The previous text is kept in the
     * section's history. Idempotent: a repeated call with the same key changes nothing (it only announces the
     * text again), and neither does a late repeat after the agreement was released.
     *
     * @throws app.jointly.shared.NotFoundException when there is no such section
     * @throws app.jointly.shared.TooLargeException when the text is over {@link DocumentLimits#MAX_SECTION_BODY}
     */
    void replaceAgreedText(SectionId section, String markdown, UserId by, String agreementKey);

    /**
     * Unlocks the section's text when the tentative agreement {@code agreementKey} still locks it (every lead
     * reopened it); the text stays as agreed. Idempotent, and a no-op when a later agreement locks the section.
     *
     * @throws app.jointly.shared.NotFoundException when there is no such section
     */
    void releaseAgreedText(SectionId section, String agreementKey, UserId by);

    /**
     * Names a version of the section's document "{@code label}: {@code heading}, {@code date}" (for example
     * "Ratified: Article 7, 2026-12-02", the date of {@code at} in UTC), freezing the document as it is now. Once per
     * {@code key}: a repeated call (an effect delivered again) names nothing new. A tentative agreement's write
     * ({@link #replaceAgreedText}) names its own version ("TA: ..."). Nothing is named when the section is gone.
     */
    void nameVersion(SectionId section, String label, Instant at, UserId by, String key);
}
