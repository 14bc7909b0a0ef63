package app.jointly.document.internal;

import app.jointly.document.AgreedTextReleased;
import app.jointly.document.DocumentDirectory;
import app.jointly.document.DocumentKind;
import app.jointly.document.SectionAgreement;
import app.jointly.document.SectionLocation;
import app.jointly.document.SectionTextReplaced;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Section look-ups and the agreed-text lock for modules that check access themselves. */
@Service
public class DefaultDocumentDirectory implements DocumentDirectory {

    private static final Logger log = LoggerFactory.getLogger(DefaultDocumentDirectory.class);
    private static final int MAX_KEY = 100;

    private final DocumentRepository documents;
    private final DocumentWriter writer;
    private final SectionHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final VersionStore versions;

    public DefaultDocumentDirectory(DocumentRepository documents, DocumentWriter writer, SectionHistory history,
                                    ApplicationEventPublisher events, Clock clock, VersionStore versions) {
        this.documents = documents;
        this.writer = writer;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.versions = versions;
    }

    @Override
    public Optional<SectionLocation> locateSection(SectionId section) {
        return documents.findOutlineBySectionId(section.value()).flatMap(document -> document.getSections().stream()
                .filter(s -> s.sectionId().equals(section.value()))
                .findFirst()
                .map(s -> new SectionLocation(new WorkspaceId(document.getWorkspaceId()),
                        new DocumentId(document.getId()), section, s.heading(), s.locked())));
    }

    @Override
    public String sectionText(SectionId section) {
        DocumentEntity document = documents.findBySectionId(section.value()).orElseThrow(() -> notFound());
        return document.getSections().get(index(document, section)).markdown();
    }

    @Override
    public String sectionTextAt(SectionId section, Instant at) {
        String current = sectionText(section);
        return history.textAt(section, at).orElse(current);
    }

    @Override
    public void replaceAgreedText(SectionId section, String markdown, UserId by, String agreementKey) {
        String text = DocumentRules.body(markdown);
        String key = key(agreementKey);
        AtomicReference<StoredSection> previous = new AtomicReference<>();
        DocumentWriter.AgreedWrite write = writer.changeAgreedText(section, by, document -> {
            List<StoredSection> sections = new ArrayList<>(document.getSections());
            int index = index(document, section);
            StoredSection current = sections.get(index);
            previous.set(current);
            if (current.locked() && current.agreement().agreementKey().equals(key)
                    || key.equals(current.releasedAgreement())) {
                return false; // this agreement was written before (and perhaps reopened since)
            }
            // only a contract's articles are locked; elsewhere the key is kept to recognise a repeated write
            boolean contract = DocumentKind.fromWire(document.getKind()) == DocumentKind.CONTRACT;
            sections.set(index, contract ? current.agreed(text, new SectionAgreement(key, clock.instant()))
                    : new StoredSection(current.sectionId(), current.heading(), text, null, key));
            DocumentRules.sections(sections);
            document.setSections(sections);
            return true;
        });
        DocumentEntity saved = write.document();
        StoredSection before = previous.get();
        if (write.changed()) {
            history.record(saved, before, by, saved.getUpdatedAt(), SectionVersionEntity.REASON_AGREEMENT);
            StoredSection after = saved.getSections().get(index(saved, section));
            Instant at = after.locked() ? after.agreement().lockedAt() : saved.getUpdatedAt();
            publishReplaced(saved, section, by, at);
            nameAgreedVersion(saved, section, by, key, at);
        } else if (before.locked() && before.agreement().agreementKey().equals(key)) {
            // repeated write: tell the co-editing engine again, in case the first write's event was lost
            publishReplaced(saved, section, by, before.agreement().lockedAt());
            nameAgreedVersion(saved, section, by, key, before.agreement().lockedAt());
        } else {
            log.info("Agreement {} on section {} was written and released before; not applied again", key,
                    section.value());
        }
    }

    @Override
    public void releaseAgreedText(SectionId section, String agreementKey, UserId by) {
        String key = key(agreementKey);
        DocumentWriter.AgreedWrite write = writer.changeAgreedText(section, by, document -> {
            List<StoredSection> sections = new ArrayList<>(document.getSections());
            int index = index(document, section);
            StoredSection current = sections.get(index);
            if (!current.locked() || !current.agreement().agreementKey().equals(key)) {
                return false; // released before, or locked by a later agreement that this reopen must not undo
            }
            sections.set(index, current.released());
            document.setSections(sections);
            return true;
        });
        if (write.changed()) {
            DocumentEntity saved = write.document();
            events.publishEvent(new AgreedTextReleased(new WorkspaceId(saved.getWorkspaceId()),
                    new DocumentId(saved.getId()), section, key, saved.getUpdatedAt(), saved.currentVersion()));
        }
    }

    @Override
    public void nameVersion(SectionId section, String label, Instant at, UserId by, String key) {
        String checkedKey = key(key);
        DocumentEntity document = documents.findBySectionId(section.value()).orElse(null);
        if (document == null) {
            // the article was removed since: there is no document state to name, and refusing would only keep
            // the effect pending for ever
            log.info("Not naming \"{}\" ({}): section {} no longer exists", label, checkedKey, section.value());
            return;
        }
        String heading = document.getSections().get(index(document, section)).heading();
        versions.name(document.getId(), versionName(label, heading, at), by, checkedKey, at);
    }

    /** "TA: Article 7, 2026-12-02", once per agreement (a redelivered effect finds the version it named). */
    private void nameAgreedVersion(DocumentEntity saved, SectionId section, UserId by, String key, Instant at) {
        String heading = saved.getSections().get(index(saved, section)).heading();
        versions.name(saved.getId(), versionName("TA", heading, at), by, "agreement:" + key, at);
    }

    private static String versionName(String label, String heading, Instant at) {
        String name = label + ": " + heading + ", " + VersionLabels.date(at);
        return name.length() <= app.jointly.document.DocumentVersions.MAX_NAME ? name
                : label + ": " + heading.substring(0, Math.max(1, app.jointly.document.DocumentVersions.MAX_NAME
                - label.length() - 16)) + "…, " + VersionLabels.date(at);
    }

    private void publishReplaced(DocumentEntity saved, SectionId section, UserId by, Instant at) {
        events.publishEvent(new SectionTextReplaced(new WorkspaceId(saved.getWorkspaceId()),
                new DocumentId(saved.getId()), section, by, at, saved.currentVersion(), true));
    }

    private static String key(String agreementKey) {
        if (agreementKey == null || agreementKey.isBlank() || agreementKey.length() > MAX_KEY) {
            throw new InvalidInputException("invalid-agreement", "An agreement key is 1 to " + MAX_KEY
                    + " characters.");
        }
        return agreementKey;
    }

    private static int index(DocumentEntity document, SectionId section) {
        int index = DocumentRules.indexOf(document.getSections(), section);
        if (index < 0) {
            throw notFound();
        }
        return index;
    }

    private static NotFoundException notFound() {
        return new NotFoundException("section-not-found", "No such section.");
    }
}
