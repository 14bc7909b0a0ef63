package app.jointly.document;

import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
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
     * Replaces the section's stored text, for example when a tentative agreement makes a proposal's text the
     * section's agreed text. The previous text is kept in the section's history with who replaced it and when.
     *
     * @throws app.jointly.shared.NotFoundException when there is no such section
     * @throws app.jointly.shared.TooLargeException when the text is over {@link DocumentLimits#MAX_SECTION_BODY}
     */
    void replaceSectionText(SectionId section, String markdown, UserId by);
}
