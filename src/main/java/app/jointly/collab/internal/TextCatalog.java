package app.jointly.collab.internal;

import app.jointly.shared.WorkspaceId;
import java.util.Optional;

/**
 * Where co-editable texts come from: which workspace a text id belongs to (for authorisation) and its stored text
 * (the starting point of a text never co-edited). Implemented over the documents module's section directory;
 * proposal drafts and caucus notes can join later.
 */
public interface TextCatalog {

    Optional<WorkspaceId> workspaceOf(String textId);

    /** @throws app.jointly.shared.NotFoundException when there is no such text */
    String storedText(String textId);

    /** True when the text is a tentative agreement: nobody may change it (an unknown text is not locked). */
    boolean isLocked(String textId);
}
