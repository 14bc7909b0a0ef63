package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.document.AgreedTextReleased;
import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.SectionTextReplaced;
import app.jointly.shared.ConflictException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tentative agreement locks a contract article's text against every write except its own. */
class AgreedTextLockTest {

    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId editor = UserId.newId();
    private final UserId lead = UserId.newId();
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private final DocumentTestFixture fixture = new DocumentTestFixture(clock);
    private final DefaultDocumentService service = fixture.service;
    private final DefaultDocumentDirectory directory = fixture.directory;

    @BeforeEach
    void setUp() {
        fixture.addMember(workspace, editor, Role.MEMBER);
    }

    @Test
    void theAgreementsWriteLocksTheArticleAndIsIdempotent() {
        DocumentView doc = document(DocumentKind.CONTRACT);
        SectionId article = doc.sections().get(1).id();

        directory.replaceAgreedText(article, "Agreed.", lead, "p1");
        long version = service.get(doc.id(), editor).version();
        int history = fixture.history.size();
        directory.replaceAgreedText(article, "Agreed.", lead, "p1");

        DocumentView after = service.get(doc.id(), editor);
        assertThat(after.version()).as("the repeat wrote nothing").isEqualTo(version);
        assertThat(fixture.history).hasSize(history);
        assertThat(after.section(article).orElseThrow().markdown()).isEqualTo("Agreed.");
        assertThat(after.section(article).orElseThrow().agreement()).satisfies(a -> {
            assertThat(a.agreementKey()).isEqualTo("p1");
            assertThat(a.lockedAt()).isEqualTo(clock.instant());
        });
        assertThat(directory.locateSection(article)).hasValueSatisfying(l -> assertThat(l.locked()).isTrue());
        List<SectionTextReplaced> announced = fixture.events().stream()
                .filter(SectionTextReplaced.class::isInstance).map(SectionTextReplaced.class::cast).toList();
        assertThat(announced).hasSize(2).allMatch(SectionTextReplaced::agreement);
        assertThat(announced.get(1)).as("a repeat announces the same event again").isEqualTo(announced.get(0));
    }

    @Test
    void noEditRemovalOrStructuralChangeCanChangeALockedText() {
        DocumentView doc = document(DocumentKind.CONTRACT);
        SectionId article = doc.sections().get(1).id();
        directory.replaceAgreedText(article, "Agreed.", lead, "p1");
        long version = service.get(doc.id(), editor).version();

        assertLocked(() -> service.editSection(doc.id(), article, null, "Changed.", OptionalLong.empty(), editor));
        assertLocked(() -> service.editSection(doc.id(), article, "New heading", "Changed.",
                OptionalLong.of(version), editor));
        assertLocked(() -> service.removeSection(doc.id(), article, version, editor));
        assertThat(service.get(doc.id(), editor).section(article).orElseThrow().markdown()).isEqualTo("Agreed.");

        // what leaves the text as it is stays allowed: other sections, order, title, the heading alone
        SectionId other = doc.sections().get(0).id();
        service.editSection(doc.id(), other, null, "Other words.", OptionalLong.empty(), editor);
        DocumentView reordered = service.reorderSections(doc.id(), List.of(article, other),
                service.get(doc.id(), editor).version(), editor);
        assertThat(reordered.sections().getFirst().id()).isEqualTo(article);
        service.editSection(doc.id(), article, "Article 12 (agreed)", null, OptionalLong.empty(), editor);
        assertThat(service.get(doc.id(), editor).section(article).orElseThrow().locked()).isTrue();
    }

    @Test
    void theGuardRefusesAnyWriteThatDropsOrReplacesALockedSection() {
        StoredSection locked = new StoredSection("a", "Article 1", "Agreed.",
                new app.jointly.document.SectionAgreement("p1", clock.instant()), null);
        StoredSection open = new StoredSection("b", "Article 2", "Open.");

        AgreedTextGuard.check(List.of(locked, open), List.of(open, locked.withHeading("Renamed")), null);
        assertLocked(() -> AgreedTextGuard.check(List.of(locked, open), List.of(open), null));
        assertLocked(() -> AgreedTextGuard.check(List.of(locked), List.of(locked.withMarkdown("x")), null));
        assertLocked(() -> AgreedTextGuard.check(List.of(locked), List.of(locked.released()), null));
        AgreedTextGuard.check(List.of(locked), List.of(locked.withMarkdown("x")), new SectionId("a"));
    }

    @Test
    void releasingUnlocksOnceAndALaterAgreementLocksAgain() {
        DocumentView doc = document(DocumentKind.CONTRACT);
        SectionId article = doc.sections().get(1).id();
        directory.replaceAgreedText(article, "Agreed.", lead, "p1");

        directory.releaseAgreedText(article, "p1", lead);
        directory.releaseAgreedText(article, "p1", lead);
        assertThat(fixture.events()).filteredOn(AgreedTextReleased.class::isInstance).hasSize(1);
        service.editSection(doc.id(), article, null, "Edited after the reopen.", OptionalLong.empty(), editor);

        directory.replaceAgreedText(article, "Agreed.", lead, "p1");
        assertThat(service.get(doc.id(), editor).section(article).orElseThrow().markdown())
                .as("a late repeat of a reopened agreement changes nothing").isEqualTo("Edited after the reopen.");

        directory.replaceAgreedText(article, "Agreed again.", lead, "p2");
        directory.releaseAgreedText(article, "p1", lead);
        assertThat(service.get(doc.id(), editor).section(article).orElseThrow().agreement().agreementKey())
                .as("an old agreement's reopen does not unlock a later one").isEqualTo("p2");
        assertLocked(() -> service.editSection(doc.id(), article, null, "x", OptionalLong.empty(), editor));

        directory.replaceAgreedText(article, "Agreed a third time.", lead, "p3");
        assertThat(directory.sectionText(article)).as("a new agreement replaces a locked text")
                .isEqualTo("Agreed a third time.");
    }

    @Test
    void otherKindsOfDocumentTakeTheTextWithoutALock() {
        for (DocumentKind kind : List.of(DocumentKind.SHARED_VISION, DocumentKind.COMPACT, DocumentKind.PLAN,
                DocumentKind.MINUTES)) {
            DocumentView doc = document(kind);
            SectionId section = doc.sections().get(1).id();
            directory.replaceAgreedText(section, "Agreed.", lead, "p-" + kind);

            assertThat(directory.sectionText(section)).isEqualTo("Agreed.");
            assertThat(directory.locateSection(section)).hasValueSatisfying(l -> assertThat(l.locked()).isFalse());
            DocumentView edited = service.editSection(doc.id(), section, null, "Edited.", OptionalLong.empty(),
                    editor);
            assertThat(edited.section(section).orElseThrow().markdown()).isEqualTo("Edited.");
            directory.replaceAgreedText(section, "Agreed.", lead, "p-" + kind);
            assertThat(directory.sectionText(section)).as("the repeat does not overwrite a later edit")
                    .isEqualTo("Edited.");
        }
    }

    private static void assertLocked(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.code()).isEqualTo("agreed-text-locked");
            assertThat(e.getMessage()).contains("new proposal");
        });
    }

    private DocumentView document(DocumentKind kind) {
        return service.create(workspace, "Doc " + kind, kind, List.of(
                new NewSection("Article 1: Recognition", "The District recognises the Association."),
                new NewSection("Article 12: Teacher Evaluation", "Evaluations use multiple measures.")), editor);
    }
}
