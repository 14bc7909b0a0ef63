package app.jointly.document.internal;

import app.jointly.document.DocumentChanged;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionTextReplaced;
import app.jointly.document.SectionView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Restores a version as a new change through {@link DocumentWriter} (so the agreed-text lock holds): the live state
 * is recorded first, so that what the restore replaces stays reachable as the version before it; replaced texts
 * also go to the section history, and co-editors' live text follows the restored text.
 */
@Component
class VersionRestorer {

    static final String REASON_RESTORE = "restore";

    private final DocumentWriter writer;
    private final DocumentViews views;
    private final SectionHistory history;
    private final ApplicationEventPublisher events;

    VersionRestorer(DocumentWriter writer, DocumentViews views, SectionHistory history,
                    ApplicationEventPublisher events) {
        this.writer = writer;
        this.views = views;
        this.history = history;
        this.events = events;
    }

    DocumentView restore(DocumentEntity current, DocumentVersionEntity version, DocumentView old, UserId by) {
        DocumentId id = new DocumentId(current.getId());
        Map<String, SectionView> before = views.live(current).sections().stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        DocumentEntity saved = writer.change(id, by, OptionalLong.empty(), entity -> {
            Map<String, StoredSection> now = entity.getSections().stream()
                    .collect(Collectors.toMap(StoredSection::sectionId, Function.identity()));
            List<StoredSection> restored = new ArrayList<>(old.sections().size());
            for (SectionView section : old.sections()) {
                StoredSection existing = now.get(section.id().value());
                restored.add(existing == null
                        ? new StoredSection(section.id().value(), section.heading(), section.markdown())
                        : new StoredSection(existing.sectionId(), section.heading(), section.markdown(),
                        existing.agreement(), existing.releasedAgreement()));
            }
            DocumentRules.sections(restored);
            entity.setSections(restored);
            entity.setTitle(old.title());
        }, VersionRecorder.VersionMark.restoreOf(version.id()));
        WorkspaceId workspace = new WorkspaceId(saved.getWorkspaceId());
        for (SectionView section : old.sections()) {
            SectionView previous = before.remove(section.id().value());
            if (previous != null && !previous.markdown().equals(section.markdown())) {
                history.record(saved, new StoredSection(previous.id().value(), previous.heading(),
                        previous.markdown()), by, saved.getUpdatedAt(), REASON_RESTORE);
                events.publishEvent(new SectionTextReplaced(workspace, id, section.id(), by, saved.getUpdatedAt(),
                        saved.currentVersion(), false));
            }
        }
        for (SectionView removed : before.values()) {
            history.record(saved, new StoredSection(removed.id().value(), removed.heading(), removed.markdown()),
                    by, saved.getUpdatedAt(), SectionHistory.REASON_REMOVED);
        }
        events.publishEvent(new DocumentChanged(workspace, id, saved.currentVersion(), by));
        return views.live(saved);
    }
}
