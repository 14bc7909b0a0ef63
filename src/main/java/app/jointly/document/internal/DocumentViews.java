package app.jointly.document.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentSummary;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionTextSource;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Turns stored documents into the public views, taking live text from the co-editing engine when it is there. */
@Component
public class DocumentViews {

    private final ObjectProvider<SectionTextSource> liveText;

    public DocumentViews(ObjectProvider<SectionTextSource> liveText) {
        this.liveText = liveText;
    }

    /** With each section's live text where the co-editing engine has one. */
    public DocumentView live(DocumentEntity entity) {
        SectionTextSource source = liveText.getIfAvailable();
        if (source == null) {
            return stored(entity);
        }
        return view(entity, source);
    }

    /** With live text except for the sections in {@code storedTexts}, whose stored text is taken. */
    DocumentView live(DocumentEntity entity, Set<String> storedTexts) {
        SectionTextSource source = liveText.getIfAvailable();
        if (source == null || storedTexts.isEmpty()) {
            return source == null ? stored(entity) : view(entity, source);
        }
        // a text just stored is shown as stored (its co-editing version is not known to go with it)
        return view(entity, section -> storedTexts.contains(section.value()) ? Optional.empty()
                : source.live(section));
    }

    public DocumentView stored(DocumentEntity entity) {
        return view(entity, null);
    }

    static DocumentSummary summary(DocumentEntity entity) {
        return new DocumentSummary(new DocumentId(entity.getId()), new WorkspaceId(entity.getWorkspaceId()),
                entity.getTitle(), DocumentKind.fromWire(entity.getKind()), entity.currentVersion(),
                entity.getUpdatedAt());
    }

    private static DocumentView view(DocumentEntity entity, SectionTextSource source) {
        return new DocumentView(new DocumentId(entity.getId()), new WorkspaceId(entity.getWorkspaceId()),
                entity.getTitle(), DocumentKind.fromWire(entity.getKind()), entity.currentVersion(),
                entity.getSections().stream()
                        .map(s -> source == null ? s.toView(s.markdown())
                                : source.live(new SectionId(s.sectionId()))
                                        .map(live -> s.toView(live.text(), live.version()))
                                        .orElseGet(() -> s.toView(s.markdown())))
                        .toList());
    }
}
