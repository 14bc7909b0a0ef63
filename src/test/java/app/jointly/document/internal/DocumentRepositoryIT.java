package app.jointly.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.document.SectionAgreement;
import app.jointly.testsupport.IntegrationTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

@IntegrationTest
class DocumentRepositoryIT {

    @Autowired
    DocumentRepository documents;

    @Autowired
    SectionVersionRepository versions;

    private final String workspace = UUID.randomUUID().toString();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Test
    void storesDocumentsWithTheirSectionsAndFindsThemBySection() {
        String sectionId = UUID.randomUUID().toString();
        DocumentEntity saved = documents.save(new DocumentEntity(UUID.randomUUID().toString(), workspace,
                "Master Agreement", "contract", List.of(new StoredSection(sectionId, "Article 12", "Text"),
                        new StoredSection(UUID.randomUUID().toString(), "Article 13", "More")), now, "u1"));

        DocumentEntity found = documents.findById(saved.getId()).orElseThrow();
        assertThat(found.getSections()).extracting(StoredSection::heading).containsExactly("Article 12", "Article 13");
        assertThat(found.getCreatedAt()).isEqualTo(now);
        assertThat(found.currentVersion()).isZero();
        assertThat(documents.findBySectionId(sectionId)).hasValueSatisfying(
                d -> assertThat(d.getId()).isEqualTo(saved.getId()));
        assertThat(documents.findBySectionId(UUID.randomUUID().toString())).isEmpty();
        assertThat(documents.countByWorkspaceId(workspace)).isEqualTo(1);
    }

    @Test
    void findsASectionsOutlineWithoutAnyText() {
        String agreed = UUID.randomUUID().toString();
        SectionAgreement agreement = new SectionAgreement("proposal-7", now);
        DocumentEntity saved = documents.save(new DocumentEntity(UUID.randomUUID().toString(), workspace,
                "Master Agreement", "contract", List.of(
                        new StoredSection(UUID.randomUUID().toString(), "Article 1", "x".repeat(5_000)),
                        new StoredSection(agreed, "Article 2", "Agreed", agreement, null)), now, "u1"));

        DocumentEntity outline = documents.findOutlineBySectionId(agreed).orElseThrow();

        assertThat(outline.getId()).isEqualTo(saved.getId());
        assertThat(outline.getWorkspaceId()).isEqualTo(workspace);
        assertThat(outline.getSections()).extracting(StoredSection::heading).containsExactly("Article 1", "Article 2");
        assertThat(outline.getSections()).extracting(StoredSection::markdown).containsOnlyNulls();
        assertThat(outline.getSections().get(1).agreement()).isEqualTo(agreement);
        assertThat(outline.getSections().get(0).agreement()).isNull();
        assertThat(documents.findOutlineBySectionId(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void listsSummariesWithoutSectionBodiesOldestFirst() {
        documents.save(new DocumentEntity(UUID.randomUUID().toString(), workspace, "Second", "plan",
                List.of(new StoredSection(UUID.randomUUID().toString(), "Goals", "x".repeat(1000))),
                now.plusSeconds(5), "u1"));
        documents.save(new DocumentEntity(UUID.randomUUID().toString(), workspace, "First", "compact",
                List.of(new StoredSection(UUID.randomUUID().toString(), "Preamble", "y")), now, "u1"));

        List<DocumentEntity> summaries = documents.findSummariesByWorkspaceId(workspace);

        assertThat(summaries).extracting(DocumentEntity::getTitle).containsExactly("First", "Second");
        assertThat(summaries).allSatisfy(s -> assertThat(s.getSections()).isEmpty());
        assertThat(summaries.get(0).getKind()).isEqualTo("compact");
        assertThat(summaries.get(0).getUpdatedAt()).isEqualTo(now);
    }

    @Test
    void aSaveBasedOnAnOldReadFailsInsteadOfOverwriting() {
        DocumentEntity saved = documents.save(new DocumentEntity(UUID.randomUUID().toString(), workspace,
                "Title", "minutes", List.of(), now, "u1"));
        DocumentEntity first = documents.findById(saved.getId()).orElseThrow();
        DocumentEntity second = documents.findById(saved.getId()).orElseThrow();

        first.setTitle("First writer");
        documents.save(first);
        second.setTitle("Second writer");

        assertThatThrownBy(() -> documents.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        DocumentEntity stored = documents.findById(saved.getId()).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("First writer");
        assertThat(stored.currentVersion()).isEqualTo(1);
    }

    @Test
    void keepsSectionHistoryNewestFirst() {
        String section = UUID.randomUUID().toString();
        versions.insert(new SectionVersionEntity(UUID.randomUUID().toString(), section, "d", workspace, "H",
                "old", now, "u1", "edit"));
        versions.insert(new SectionVersionEntity(UUID.randomUUID().toString(), section, "d", workspace, "H",
                "older", now.minusSeconds(60), "u2", "agreement"));

        assertThat(versions.findBySectionIdOrderByReplacedAtDesc(section))
                .extracting(SectionVersionEntity::previousMarkdown).containsExactly("old", "older");
    }
}
