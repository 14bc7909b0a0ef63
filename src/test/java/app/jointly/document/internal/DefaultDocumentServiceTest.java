package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.document.DocumentCreated;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.SectionTextReplaced;
import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultDocumentServiceTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId editor = UserId.newId();
    private final UserId observer = UserId.newId();
    private final UserId stranger = UserId.newId();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private final DocumentTestFixture fixture = new DocumentTestFixture(clock);
    private final InMemoryDocuments documents = fixture.documents;
    private final List<SectionVersionEntity> history = fixture.history;
    private final List<Object> events = fixture.events;
    private final Map<String, String> live = fixture.live;
    private final DefaultDocumentService service = fixture.service;
    private final DefaultDocumentDirectory directory = fixture.directory;

    @BeforeEach
    void setUp() {
        fixture.addMember(workspace, editor, Role.MEMBER);
        fixture.addMember(workspace, observer, Role.OBSERVER);
    }

    @Test
    void createsADocumentWithOrderedSections() {
        DocumentView created = contract();

        assertThat(created.version()).isZero();
        assertThat(created.kind()).isEqualTo(DocumentKind.CONTRACT);
        assertThat(created.sections()).extracting(s -> s.heading())
                .containsExactly("Article 1: Recognition", "Article 12: Teacher Evaluation");
        assertThat(service.get(created.id(), observer)).isEqualTo(created);
        assertThat(events).singleElement().isInstanceOf(DocumentCreated.class);
        assertThat(service.list(workspace, observer)).extracting(s -> s.title()).containsExactly("Master Agreement");
    }

    @Test
    void strangersCannotLearnThatADocumentExists() {
        DocumentView created = contract();

        assertThatThrownBy(() -> service.get(created.id(), stranger)).isInstanceOf(NotFoundException.class)
                .hasMessage("No such document.");
        assertThatThrownBy(() -> service.get(app.jointly.shared.DocumentId.newId(), stranger))
                .isInstanceOf(NotFoundException.class).hasMessage("No such document.");
        assertThatThrownBy(() -> service.rename(created.id(), "Mine", 0, stranger))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.list(workspace, stranger)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void readersCannotWrite() {
        DocumentView created = contract();

        assertThatThrownBy(() -> service.rename(created.id(), "Theirs", 0, observer))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("observer");
        assertThatThrownBy(() -> service.create(workspace, "Minutes", DocumentKind.MINUTES, List.of(), observer))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aStaleRenameIsRefusedAndChangesNothing() {
        DocumentView created = contract();
        DocumentView renamed = service.rename(created.id(), "Master Agreement 2026", created.version(), editor);

        assertThat(renamed.version()).isEqualTo(created.version() + 1);
        assertThatThrownBy(() -> service.rename(created.id(), "Old view", created.version(), editor))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Reload");
        assertThat(service.get(created.id(), editor).title()).isEqualTo("Master Agreement 2026");
    }

    @Test
    void reordersSectionsAgainstTheSeenVersion() {
        DocumentView created = contract();
        List<SectionId> reversed = created.sections().reversed().stream().map(s -> s.id()).toList();

        DocumentView reordered = service.reorderSections(created.id(), reversed, created.version(), editor);

        assertThat(reordered.sections()).extracting(s -> s.id()).containsExactlyElementsOf(reversed);
        assertThatThrownBy(() -> service.reorderSections(created.id(), reversed, created.version(), editor))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void editingTextKeepsThePreviousTextAndRetriesAfterARace() {
        DocumentView created = contract();
        SectionId article12 = created.sections().get(1).id();
        documents.failNextSaves = 1;

        DocumentView edited = service.editSection(created.id(), article12, null, "Evaluation is annual.",
                OptionalLong.empty(), editor);

        assertThat(edited.section(article12).orElseThrow().markdown()).isEqualTo("Evaluation is annual.");
        assertThat(history).singleElement().satisfies(v -> {
            assertThat(v.previousMarkdown()).isEqualTo("Evaluations use multiple measures.");
            assertThat(v.replacedBy()).isEqualTo(editor.value());
            assertThat(v.reason()).isEqualTo("edit");
        });
        assertThat(events).last().isInstanceOf(SectionTextReplaced.class);
        assertThat(service.sectionHistory(created.id(), article12, 10, observer)).singleElement()
                .satisfies(v -> assertThat(v.replacedBy()).isEqualTo(editor));
        assertThatThrownBy(() -> service.sectionHistory(created.id(), article12, 10, stranger))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void addsAndRemovesSections() {
        DocumentView created = contract();

        DocumentView added = service.addSection(created.id(), new NewSection("Article 5: Hours", "Seven hours."),
                OptionalLong.of(1), OptionalLong.empty(), editor);
        assertThat(added.sections()).extracting(s -> s.heading()).containsExactly("Article 1: Recognition",
                "Article 5: Hours", "Article 12: Teacher Evaluation");

        SectionId hours = added.sections().get(1).id();
        DocumentView removed = service.removeSection(created.id(), hours, added.version(), editor);
        assertThat(removed.sections()).hasSize(2);
        assertThat(history).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo("removed"));
    }

    @Test
    void readsLiveTextWhenTheCoEditingEngineHasIt() {
        DocumentView created = contract();
        SectionId article1 = created.sections().get(0).id();
        live.put(article1.value(), "Live words");

        assertThat(service.get(created.id(), editor).section(article1).orElseThrow().markdown())
                .isEqualTo("Live words");
        assertThat(service.renderHtml(created.id(), editor)).contains("<p>Live words</p>");
    }

    @Test
    void directoryReplacesAgreedTextAndKeepsHistory() {
        DocumentView created = contract();
        SectionId article12 = created.sections().get(1).id();

        assertThat(directory.locateSection(article12)).hasValueSatisfying(location -> {
            assertThat(location.documentId()).isEqualTo(created.id());
            assertThat(location.workspaceId()).isEqualTo(workspace);
            assertThat(location.heading()).isEqualTo("Article 12: Teacher Evaluation");
        });
        directory.replaceAgreedText(article12, "Agreed language.", editor, "proposal-1");

        assertThat(directory.sectionText(article12)).isEqualTo("Agreed language.");
        assertThat(history).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo("agreement"));
        assertThat(events).last().isInstanceOfSatisfying(SectionTextReplaced.class,
                e -> assertThat(e.agreement()).isTrue());
        assertThat(directory.locateSection(SectionId.newId())).isEmpty();
        assertThatThrownBy(() -> directory.sectionText(SectionId.newId())).isInstanceOf(NotFoundException.class);
    }

    private DocumentView contract() {
        return service.create(workspace, " Master Agreement ", DocumentKind.CONTRACT, List.of(
                new NewSection("Article 1: Recognition", "The District recognises the Association."),
                new NewSection("Article 12: Teacher Evaluation", "Evaluations use multiple measures.")), editor);
    }
}
