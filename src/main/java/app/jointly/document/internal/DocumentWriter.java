package app.jointly.document.internal;

import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Read, change, write with the version check. With an expected version a stale change is refused; without one
 * (an edit of one section's text) the change is re-applied to the latest document when a concurrent write won the
 * race, so that edits of different sections never overwrite each other. Every write of a document goes through
 * here, so every write passes {@link AgreedTextGuard}: a tentative agreement's text cannot change by any path.
 */
@Component
public class DocumentWriter {

    private static final Logger log = LoggerFactory.getLogger(DocumentWriter.class);

    /**
     * Enough for a batch of agreements landing on one document at once (a session's sign-offs, or a crash's
     * redeliveries): each retry waits a random moment, so that the writers that lost a round do not collide again.
     */
    private static final int ATTEMPTS = 25;
    private static final int MAX_PAUSE_MS = 20;

    private final DocumentRepository documents;
    private final DocumentAccess access;
    private final Clock clock;
    private final VersionRecorder versions;

    public DocumentWriter(DocumentRepository documents, DocumentAccess access, Clock clock,
                          VersionRecorder versions) {
        this.documents = documents;
        this.access = access;
        this.clock = clock;
        this.versions = versions;
    }

    /** A member's change: checks that {@code by} may edit the document. */
    DocumentEntity change(DocumentId id, UserId by, OptionalLong expectedVersion, Consumer<DocumentEntity> change) {
        return change(id, by, expectedVersion, change, VersionRecorder.VersionMark.EDIT);
    }

    /** A member's change recorded in the version history as {@code mark} says (a restore is a version of its own). */
    DocumentEntity change(DocumentId id, UserId by, OptionalLong expectedVersion, Consumer<DocumentEntity> change,
                          VersionRecorder.VersionMark mark) {
        return write(() -> access.writable(id, by), by, expectedVersion, null, document -> {
            change.accept(document);
            return true;
        }, mark);
    }

    /**
     * A tentative agreement's write of {@code section} (the only write that may change a locked text), for modules
     * that checked access themselves; {@code change} answers false when there is nothing to write. Re-applied to the latest document when a concurrent write won the race.
     */
    AgreedWrite changeAgreedText(SectionId section, UserId by, Predicate<DocumentEntity> change) {
        boolean[] changed = new boolean[1];
        DocumentEntity result = write(() -> documents.findBySectionId(section.value())
                .orElseThrow(() -> new NotFoundException("section-not-found", "No such section.")),
                by, OptionalLong.empty(), section, document -> changed[0] = change.test(document),
                VersionRecorder.VersionMark.AGREEMENT);
        return new AgreedWrite(result, changed[0]);
    }

    /** The document after an agreement's write; {@code changed} false when it was already applied (not saved). */
    record AgreedWrite(DocumentEntity document, boolean changed) {
    }

    private DocumentEntity write(Supplier<DocumentEntity> load, UserId by, OptionalLong expectedVersion,
                                 SectionId agreementWrite, Predicate<DocumentEntity> change,
                                 VersionRecorder.VersionMark mark) {
        for (int attempt = 1; ; attempt++) {
            DocumentEntity document = load.get();
            if (expectedVersion.isPresent()) {
                DocumentRules.expectVersion(document.currentVersion(), expectedVersion.getAsLong());
            }
            List<StoredSection> before = document.getSections();
            if (!change.test(document)) {
                return document; // nothing to write: an agreement's write applied before
            }
            AgreedTextGuard.check(before, document.getSections(), agreementWrite);
            document.touched(clock.instant(), by.value());
            DocumentEntity saved;
            try {
                saved = documents.save(document);
            } catch (OptimisticLockingFailureException e) {
                if (expectedVersion.isPresent() || attempt >= ATTEMPTS) {
                    throw new ConflictException("stale-version", "Someone changed this document at the same "
                            + "moment. Reload it and make your change again.");
                }
                pause();
                continue;
            }
            recordVersion(saved, by, mark, textsChanged(before, saved.getSections()));
            return saved;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, MAX_PAUSE_MS + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConflictException("stale-version", "Interrupted while retrying a change of the document.");
        }
    }

    /**
     * The write stands even if its version cannot be recorded now: the recorder reads the document afresh, so the
     * next write or history read records this state, only under a later author and time.
     */
    void recordVersion(DocumentEntity saved, UserId by, VersionRecorder.VersionMark mark,
                       Set<String> storedTexts) {
        try {
            versions.written(saved.getId(), by, mark, storedTexts);
        } catch (RuntimeException e) {
            log.warn("The version history of document {} could not record a write; the next one will", saved.getId(),
                    e);
        }
    }

    /** Sections whose stored text a write set: new ones and those whose text differs from before. */
    private static Set<String> textsChanged(List<StoredSection> before, List<StoredSection> after) {
        Map<String, String> old = new HashMap<>();
        before.forEach(s -> old.put(s.sectionId(), s.markdown()));
        Set<String> changed = new HashSet<>();
        after.stream().filter(s -> !s.markdown().equals(old.get(s.sectionId()))).forEach(s -> changed.add(s.sectionId()));
        return changed;
    }
}
