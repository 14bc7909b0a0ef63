package app.jointly.document.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.jointly.document.DocumentService;
import app.jointly.document.SectionTextSource;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.testsupport.FakeWorkspaces;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The document services wired to in-memory stand-ins, for unit and view tests that need no database. */
public final class DocumentTestFixture {

    final InMemoryDocuments documents = new InMemoryDocuments();
    final List<SectionVersionEntity> history = new ArrayList<>();
    final List<Object> events = new ArrayList<>();
    final FakeWorkspaces access = new FakeWorkspaces();
    final Map<String, String> live = new HashMap<>();
    final DefaultDocumentService service;
    final DefaultDocumentDirectory directory;
    private Consumer<Object> eventSink = event -> { };

    public DocumentTestFixture(Clock clock) {
        SectionVersionRepository versions = mock(SectionVersionRepository.class);
        when(versions.insert(any(SectionVersionEntity.class))).thenAnswer(call -> {
            history.add(call.getArgument(0));
            return call.getArgument(0);
        });
        when(versions.findByDocumentIdAndSectionIdOrderByReplacedAtDesc(any(), any(), any())).thenAnswer(call ->
                history.reversed().stream().filter(v -> v.documentId().equals(call.getArgument(0))
                        && v.sectionId().equals(call.getArgument(1))).toList());
        DocumentAccess documentAccess = new DocumentAccess(documents.repository, access);
        SectionTextSource source = section -> Optional.ofNullable(live.get(section.value()))
                .map(text -> new app.jointly.document.LiveText(text, 1));
        DocumentViews views = new DocumentViews(
                new StaticListableBeanFactory(Map.of("live", source)).getBeanProvider(SectionTextSource.class));
        SectionHistory sectionHistory = new SectionHistory(versions);
        DocumentWriter writer = new DocumentWriter(documents.repository, documentAccess, clock,
                mock(VersionRecorder.class));
        service = new DefaultDocumentService(documents.repository, documentAccess, access, writer, views,
                new DocumentHtml(new MarkdownRenderer()), sectionHistory, this::publish, clock);
        directory = new DefaultDocumentDirectory(documents.repository, writer, sectionHistory, this::publish, clock,
                mock(VersionStore.class));
    }

    public DocumentService service() {
        return service;
    }

    public app.jointly.document.DocumentDirectory directory() {
        return directory;
    }

    public WorkspaceAccess workspaceAccess() {
        return access;
    }

    public void addMember(WorkspaceId workspace, UserId user, Role role) {
        access.add(workspace, user, role);
    }

    /** Makes {@code text} the section's live (co-edited) text, as the co-editing engine would report it. */
    public void setLiveText(SectionId section, String text) {
        live.put(section.value(), text);
    }

    /** Every event published so far, oldest first. */
    public List<Object> events() {
        return List.copyOf(events);
    }

    /** Also hands every published event to {@code sink} (for example a LiveUpdates under test). */
    public void forwardEventsTo(Consumer<Object> sink) {
        this.eventSink = sink;
    }

    private void publish(Object event) {
        events.add(event);
        eventSink.accept(event);
    }
}
