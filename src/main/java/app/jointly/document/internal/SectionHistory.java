package app.jointly.document.internal;

import app.jointly.document.SectionVersion;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Keeps the text a section had before it was replaced, so that no agreed or written word is lost. */
@Component
public class SectionHistory {

    static final String REASON_REMOVED = "removed";

    private final SectionVersionRepository versions;

    public SectionHistory(SectionVersionRepository versions) {
        this.versions = versions;
    }

    static final int MAX_LIST = 100;

    List<SectionVersion> list(DocumentId document, SectionId section, int limit) {
        int size = Math.max(1, Math.min(MAX_LIST, limit));
        return versions.findByDocumentIdAndSectionIdOrderByReplacedAtDesc(document.value(), section.value(),
                PageRequest.of(0, size)).stream()
                .map(v -> new SectionVersion(section, v.heading(), v.previousMarkdown(), v.replacedAt(),
                        new UserId(v.replacedBy()), v.reason()))
                .toList();
    }

    /** The text the section had at {@code at}, if it has been replaced since (else its current text is). */
    Optional<String> textAt(SectionId section, Instant at) {
        return versions.findFirstBySectionIdAndReplacedAtAfterOrderByReplacedAtAsc(section.value(), at)
                .map(SectionVersionEntity::previousMarkdown);
    }

    void record(DocumentEntity document, StoredSection previous, UserId by, Instant at, String reason) {
        versions.insert(new SectionVersionEntity(UUID.randomUUID().toString(), previous.sectionId(), document.getId(),
                document.getWorkspaceId(), previous.heading(), previous.markdown(), at, by.value(), reason));
    }
}
