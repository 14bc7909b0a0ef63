package app.jointly.document.internal;

import app.jointly.document.DocumentView;
import app.jointly.document.SectionEditors;
import app.jointly.document.SectionView;
import app.jointly.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Records a document's state as its newest automatic version whenever the document module writes it or is asked
 * for its history: each section whose text is new gets one {@link SectionRevisionEntity}, unchanged sections keep
 * referring to the revision they had. It always reads the document afresh (live texts included), so a late or
 * missed call still records the latest state rather than an older one, and recording twice records nothing new.
 */
@Component
class VersionRecorder {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final DocumentRepository documents;
    private final DocumentViews views;
    private final ObjectProvider<SectionEditors> editors;
    private final Clock clock;

    VersionRecorder(MongoTemplate mongo, DocumentRepository documents, DocumentViews views,
                    ObjectProvider<SectionEditors> editors, Clock clock) {
        this.mongo = mongo;
        this.documents = documents;
        this.views = views;
        this.editors = editors;
        this.clock = clock;
    }

    /**
     * After a write by {@code by}: the new state is theirs. The sections whose stored text the write changed are
     * taken as stored: co-editors' live text follows the stored one only a moment later (through an event), and
     * until then still shows the text the write replaced.
     */
    DocumentVersionEntity written(String documentId, UserId by, VersionMark mark, Set<String> storedTexts) {
        return record(documentId, mark, storedTexts, (document, latest, changed) ->
                new Attribution(Set.of(by.value()), clock.instant()));
    }

    /**
     * Before the history is read or a version taken: records live (co-edited) changes made since the newest
     * version, attributed to the people the co-editing engine names.
     */
    DocumentVersionEntity capture(String documentId) {
        return record(documentId, VersionMark.EDIT, Set.of(), this::liveAttribution);
    }

    private DocumentVersionEntity record(String documentId, VersionMark mark, Set<String> storedTexts,
                                         Attributor attributor) {
        for (int attempt = 1; ; attempt++) {
            DocumentEntity document = documents.findById(documentId).orElse(null);
            if (document == null) {
                return null;
            }
            DocumentView view = views.live(document, storedTexts);
            DocumentVersionEntity latest = latestAutomatic(documentId);
            Map<String, VersionSection> previous = latest == null || latest.sections() == null ? Map.of()
                    : latest.sections().stream().collect(Collectors.toMap(VersionSection::sectionId,
                            Function.identity(), (a, b) -> a));
            List<VersionSection> sections = new ArrayList<>(view.sections().size());
            List<SectionView> changed = new ArrayList<>();
            List<String> newRevisionIds = new ArrayList<>();
            for (SectionView section : view.sections()) {
                String hash = hash(section.markdown());
                VersionSection before = previous.get(section.id().value());
                if (before != null && before.textHash().equals(hash)) {
                    sections.add(new VersionSection(before.sectionId(), section.heading(), before.revisionId(), hash));
                } else {
                    String revision = UUID.randomUUID().toString();
                    newRevisionIds.add(revision);
                    changed.add(section);
                    sections.add(new VersionSection(section.id().value(), section.heading(), revision, hash));
                }
            }
            if (mark.restoredFrom() == null && latest != null && view.title().equals(latest.title())
                    && sections.equals(latest.sections())) {
                return latest;
            }
            Attribution who = attributor.attribute(document, latest, changed);
            List<SectionRevisionEntity> revisions = new ArrayList<>(changed.size());
            for (int i = 0; i < changed.size(); i++) {
                revisions.add(new SectionRevisionEntity(newRevisionIds.get(i), documentId,
                        changed.get(i).id().value(), changed.get(i).markdown(), who.at(), List.copyOf(who.authors())));
            }
            if (!revisions.isEmpty()) {
                mongo.insertAll(revisions);
            }
            if (!mark.startNew() && VersionGrouping.continues(latest, who.authors(), who.at())) {
                Query same = Query.query(Criteria.where("_id").is(latest.id()).and("stamp").is(latest.stamp()));
                Update update = new Update().set("title", view.title()).set(DocumentVersionEntity.SECTIONS, sections)
                        .set("createdAt", who.at()).inc("stamp", 1);
                if (mongo.updateFirst(same, update, DocumentVersionEntity.class).getModifiedCount() == 1
                        || attempt >= ATTEMPTS) {
                    return mongo.findById(latest.id(), DocumentVersionEntity.class);
                }
                continue; // another node extended it at the same moment: look again
            }
            return mongo.insert(new DocumentVersionEntity(UUID.randomUUID().toString(), documentId,
                    document.getWorkspaceId(), view.title(), null, who.at(), who.at(), List.copyOf(who.authors()),
                    null, mark.restoredFrom(), 0, sections));
        }
    }

    DocumentVersionEntity latestAutomatic(String documentId) {
        Query query = Query.query(Criteria.where("documentId").is(documentId).and("name").is(null))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(1);
        return mongo.findOne(query, DocumentVersionEntity.class);
    }

    /** Live changes are the co-editors'; without an engine (or when it names nobody), the last writer's. */
    private Attribution liveAttribution(DocumentEntity document, DocumentVersionEntity latest,
                                        List<SectionView> changed) {
        Set<String> authors = new LinkedHashSet<>();
        Instant at = null;
        SectionEditors source = editors.getIfAvailable();
        Instant since = latest == null ? Instant.EPOCH : latest.createdAt();
        if (source != null) {
            for (SectionView section : changed) {
                var edits = source.editsSince(section.id(), since);
                if (edits.isPresent()) {
                    edits.get().editors().forEach(e -> authors.add(e.value()));
                    at = at == null || edits.get().lastEditAt().isAfter(at) ? edits.get().lastEditAt() : at;
                }
            }
        }
        if (authors.isEmpty()) {
            authors.add(document.getUpdatedBy());
        }
        return new Attribution(authors, at == null ? clock.instant() : at);
    }

    static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * How a write wants its version recorded: a tentative agreement's text starts a version of its own (when it
     * changed anything), and so does a restore, which is recorded even when it changed nothing and names what it
     * restored.
     */
    record VersionMark(boolean startNew, String restoredFrom) {
        static final VersionMark EDIT = new VersionMark(false, null);
        static final VersionMark AGREEMENT = new VersionMark(true, null);

        static VersionMark restoreOf(String versionId) {
            return new VersionMark(true, versionId);
        }
    }

    private record Attribution(Set<String> authors, Instant at) {
    }

    @FunctionalInterface
    private interface Attributor {
        Attribution attribute(DocumentEntity document, DocumentVersionEntity latest, List<SectionView> changed);
    }
}
