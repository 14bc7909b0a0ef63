package app.jointly.document.internal;

import app.jointly.document.DocumentDirectory;
import app.jointly.document.SectionLocation;
import app.jointly.document.SectionTextReplaced;
import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Section look-ups and agreed-text replacement for modules that check access themselves. */
@Service
public class DefaultDocumentDirectory implements DocumentDirectory {

    private static final int ATTEMPTS = 5;

    private final DocumentRepository documents;
    private final SectionHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DefaultDocumentDirectory(DocumentRepository documents, SectionHistory history,
                                    ApplicationEventPublisher events, Clock clock) {
        this.documents = documents;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Optional<SectionLocation> locateSection(SectionId section) {
        return documents.findBySectionId(section.value()).flatMap(document -> document.getSections().stream()
                .filter(s -> s.sectionId().equals(section.value()))
                .findFirst()
                .map(s -> new SectionLocation(new WorkspaceId(document.getWorkspaceId()),
                        new DocumentId(document.getId()), section, s.heading())));
    }

    @Override
    public String sectionText(SectionId section) {
        DocumentEntity document = documents.findBySectionId(section.value()).orElseThrow(() -> notFound());
        return document.getSections().get(index(document, section)).markdown();
    }

    @Override
    public void replaceSectionText(SectionId section, String markdown, UserId by) {
        String text = DocumentRules.body(markdown);
        for (int attempt = 1; ; attempt++) {
            DocumentEntity document = documents.findBySectionId(section.value()).orElseThrow(() -> notFound());
            List<StoredSection> sections = new ArrayList<>(document.getSections());
            int index = index(document, section);
            StoredSection previous = sections.get(index);
            sections.set(index, previous.withMarkdown(text));
            DocumentRules.sections(sections);
            document.setSections(sections);
            Instant now = clock.instant();
            document.touched(now, by.value());
            try {
                DocumentEntity saved = documents.save(document);
                history.record(saved, previous, by, now, SectionVersionEntity.REASON_AGREEMENT);
                events.publishEvent(new SectionTextReplaced(new WorkspaceId(saved.getWorkspaceId()),
                        new DocumentId(saved.getId()), section, by, now, saved.currentVersion(), true));
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt >= ATTEMPTS) {
                    throw new ConflictException("busy-document",
                            "The document is being changed by many people at once; try again.");
                }
            }
        }
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
