package app.jointly.document.internal;

import app.jointly.shared.UserId;
import java.time.Instant;
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

    void record(DocumentEntity document, StoredSection previous, UserId by, Instant at, String reason) {
        versions.insert(new SectionVersionEntity(UUID.randomUUID().toString(), previous.id(), document.getId(),
                document.getWorkspaceId(), previous.heading(), previous.markdown(), at, by.value(), reason));
    }
}
