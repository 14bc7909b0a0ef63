package app.jointly.document.internal;

import app.jointly.document.DocumentSummary;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionVersion;
import app.jointly.document.SectionView;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the document API (typed ids flattened to strings, kinds as wire names). */
final class DocumentJson {

    private DocumentJson() {
    }

    record SectionInput(String heading, String markdown) {
    }

    record CreateDocument(String title, String kind, List<SectionInput> sections) {
    }

    record Rename(String title, Long version) {
    }

    record Reorder(Long version, List<String> sectionIds) {
    }

    record AddSection(String heading, String markdown, Long position, Long version) {
    }

    record EditSection(String heading, String markdown, Long version) {
    }

    /**
     * {@code agreement} is null unless the text is a tentative agreement, then {@code locked} is true;
     * {@code textVersion} is the co-editing version {@code markdown} is at (comment anchors name it).
     */
    record Section(String id, String heading, String markdown, boolean locked, Agreement agreement,
                   int textVersion) {
        static Section of(SectionView view) {
            return new Section(view.id().value(), view.heading(), view.markdown(), view.locked(),
                    view.agreement() == null ? null
                            : new Agreement(view.agreement().agreementKey(), view.agreement().lockedAt()),
                    view.textVersion());
        }
    }

    record Agreement(String proposalId, Instant lockedAt) {
    }

    record Document(String id, String workspaceId, String title, String kind, long version, List<Section> sections) {
        static Document of(DocumentView view) {
            return new Document(view.id().value(), view.workspaceId().value(), view.title(), view.kind().wireName(),
                    view.version(), view.sections().stream().map(Section::of).toList());
        }
    }

    record Version(String heading, String markdown, Instant replacedAt, String replacedBy, String reason) {
        static Version of(SectionVersion version) {
            return new Version(version.heading(), version.markdown(), version.replacedAt(),
                    version.replacedBy().value(), version.reason());
        }
    }

    record Summary(String id, String workspaceId, String title, String kind, long version, Instant updatedAt) {
        static Summary of(DocumentSummary summary) {
            return new Summary(summary.id().value(), summary.workspaceId().value(), summary.title(),
                    summary.kind().wireName(), summary.version(), summary.updatedAt());
        }
    }
}
