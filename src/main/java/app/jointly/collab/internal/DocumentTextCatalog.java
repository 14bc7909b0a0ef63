package app.jointly.collab.internal;

import app.jointly.document.DocumentDirectory;
import app.jointly.document.SectionLocation;
import app.jointly.shared.Ids;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Document sections as co-editable texts: the text id is the section id. */
@Component
class DocumentTextCatalog implements TextCatalog {

    private final DocumentDirectory directory;

    DocumentTextCatalog(DocumentDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<WorkspaceId> workspaceOf(String textId) {
        if (!Ids.isValid(textId)) {
            return Optional.empty();
        }
        return directory.locateSection(new SectionId(textId)).map(SectionLocation::workspaceId);
    }

    @Override
    public boolean isLocked(String textId) {
        return Ids.isValid(textId) && directory.locateSection(new SectionId(textId))
                .map(SectionLocation::locked).orElse(false);
    }

    @Override
    public String storedText(String textId) {
        return directory.sectionText(new SectionId(textId));
    }
}
