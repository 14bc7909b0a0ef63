package app.jointly.document.internal;

import app.jointly.document.DocumentChanged;
import app.jointly.document.DocumentCreated;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentLimits;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentSummary;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.SectionTextReplaced;
import app.jointly.document.SectionVersion;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.shared.TooLargeException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Documents for workspace members: every method checks the acting user before it reads or writes. */
@Service
public class DefaultDocumentService implements DocumentService {

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final WorkspaceAccess workspaces;
    private final DocumentWriter writer;
    private final DocumentViews views;
    private final DocumentHtml html;
    private final SectionHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DefaultDocumentService(DocumentRepository documents, DocumentAccess access, WorkspaceAccess workspaces,
                                  DocumentWriter writer, DocumentViews views, DocumentHtml html,
                                  SectionHistory history, ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.access = access;
        this.workspaces = workspaces;
        this.writer = writer;
        this.views = views;
        this.html = html;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public DocumentView create(WorkspaceId workspace, String title, DocumentKind kind, List<NewSection> sections,
                               UserId by) {
        workspaces.requireEditor(workspace, by);
        if (kind == null) {
            throw new InvalidInputException("invalid-kind",
                    "Kind must be one of contract, shared-vision, compact, plan, minutes.");
        }
        String checkedTitle = DocumentRules.title(title);
        List<NewSection> given = sections == null ? List.of() : sections;
        if (given.size() > DocumentLimits.MAX_SECTIONS) {
            throw new TooLargeException("too-many-sections",
                    "A document may hold at most " + DocumentLimits.MAX_SECTIONS + " sections.");
        }
        List<StoredSection> stored = new ArrayList<>(given.size());
        for (NewSection section : given) {
            stored.add(newSection(section));
        }
        DocumentRules.sections(stored);
        if (documents.countByWorkspaceId(workspace.value()) >= DocumentLimits.MAX_DOCUMENTS_PER_WORKSPACE) {
            throw new TooLargeException("too-many-documents", "A workspace may hold at most "
                    + DocumentLimits.MAX_DOCUMENTS_PER_WORKSPACE + " documents.");
        }
        Instant now = clock.instant();
        DocumentEntity saved = documents.save(new DocumentEntity(DocumentId.newId().value(), workspace.value(),
                checkedTitle, kind.wireName(), stored, now, by.value()));
        writer.recordVersion(saved, by, VersionRecorder.VersionMark.EDIT, Set.of());
        events.publishEvent(new DocumentCreated(workspace, new DocumentId(saved.getId()), checkedTitle, kind, by, now));
        return views.stored(saved);
    }

    @Override
    public DocumentView get(DocumentId document, UserId by) {
        return views.live(access.readable(document, by));
    }

    @Override
    public List<DocumentSummary> list(WorkspaceId workspace, UserId by) {
        workspaces.requireMember(workspace, by);
        return documents.findSummariesByWorkspaceId(workspace.value()).stream().map(DocumentViews::summary).toList();
    }

    @Override
    public DocumentView rename(DocumentId document, String title, long expectedVersion, UserId by) {
        String checked = DocumentRules.title(title);
        return structural(document, by, OptionalLong.of(expectedVersion), entity -> entity.setTitle(checked));
    }

    @Override
    public DocumentView reorderSections(DocumentId document, List<SectionId> order, long expectedVersion, UserId by) {
        return structural(document, by, OptionalLong.of(expectedVersion),
                entity -> entity.setSections(DocumentRules.reorder(entity.getSections(), order)));
    }

    @Override
    public DocumentView addSection(DocumentId document, NewSection section, OptionalLong position,
                                   OptionalLong expectedVersion, UserId by) {
        StoredSection added = newSection(section);
        return structural(document, by, expectedVersion, entity -> {
            List<StoredSection> sections = new ArrayList<>(entity.getSections());
            long at = position.orElse(sections.size());
            if (at < 0 || at > sections.size()) {
                throw new InvalidInputException("invalid-position",
                        "Position must be between 0 and " + sections.size() + ".");
            }
            sections.add((int) at, added);
            DocumentRules.sections(sections);
            entity.setSections(sections);
        });
    }

    @Override
    public DocumentView removeSection(DocumentId document, SectionId section, long expectedVersion, UserId by) {
        AtomicReference<StoredSection> removed = new AtomicReference<>();
        DocumentEntity saved = writer.change(document, by, OptionalLong.of(expectedVersion), entity -> {
            List<StoredSection> sections = new ArrayList<>(entity.getSections());
            removed.set(sections.remove(indexOf(sections, section)));
            entity.setSections(sections);
        });
        history.record(saved, removed.get(), by, saved.getUpdatedAt(), SectionHistory.REASON_REMOVED);
        publishChanged(saved, by);
        return views.live(saved);
    }

    @Override
    public DocumentView editSection(DocumentId document, SectionId section, String heading, String markdown,
                                    OptionalLong expectedVersion, UserId by) {
        if (heading == null && markdown == null) {
            throw new InvalidInputException("nothing-to-change", "Give a new heading, a new text or both.");
        }
        String newHeading = heading == null ? null : DocumentRules.heading(heading);
        String newBody = markdown == null ? null : DocumentRules.body(markdown);
        AtomicReference<StoredSection> before = new AtomicReference<>();
        DocumentEntity saved = writer.change(document, by, expectedVersion, entity -> {
            List<StoredSection> sections = new ArrayList<>(entity.getSections());
            int index = indexOf(sections, section);
            StoredSection previous = sections.get(index);
            StoredSection next = previous;
            if (newHeading != null) {
                next = next.withHeading(newHeading);
            }
            if (newBody != null) {
                next = next.withMarkdown(newBody);
            }
            sections.set(index, next);
            DocumentRules.sections(sections);
            entity.setSections(sections);
            before.set(previous);
        });
        StoredSection previous = before.get();
        if (newBody != null && !newBody.equals(previous.markdown())) {
            history.record(saved, previous, by, saved.getUpdatedAt(), SectionVersionEntity.REASON_EDIT);
            events.publishEvent(new SectionTextReplaced(new WorkspaceId(saved.getWorkspaceId()), document, section,
                    by, saved.getUpdatedAt(), saved.currentVersion(), false));
        } else {
            publishChanged(saved, by);
        }
        return views.live(saved);
    }

    @Override
    public List<SectionVersion> sectionHistory(DocumentId document, SectionId section, int limit, UserId by) {
        access.readable(document, by);
        return history.list(document, section, limit);
    }

    @Override
    public String renderHtml(DocumentId document, UserId by) {
        return html.render(get(document, by));
    }

    private DocumentView structural(DocumentId document, UserId by, OptionalLong expectedVersion,
                                    java.util.function.Consumer<DocumentEntity> change) {
        DocumentEntity saved = writer.change(document, by, expectedVersion, change);
        publishChanged(saved, by);
        return views.live(saved);
    }

    private void publishChanged(DocumentEntity saved, UserId by) {
        events.publishEvent(new DocumentChanged(new WorkspaceId(saved.getWorkspaceId()),
                new DocumentId(saved.getId()), saved.currentVersion(), by));
    }

    private static StoredSection newSection(NewSection section) {
        if (section == null) {
            throw new InvalidInputException("invalid-section", "A section needs a heading.");
        }
        return new StoredSection(SectionId.newId().value(), DocumentRules.heading(section.heading()),
                DocumentRules.body(section.markdown()));
    }

    private static int indexOf(List<StoredSection> sections, SectionId section) {
        int index = DocumentRules.indexOf(sections, section);
        if (index < 0) {
            throw new NotFoundException("section-not-found", "This document has no such section.");
        }
        return index;
    }
}
