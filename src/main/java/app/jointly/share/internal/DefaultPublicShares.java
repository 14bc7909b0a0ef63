package app.jointly.share.internal;

import app.jointly.document.DocumentService;
import app.jointly.document.SafeMarkdown;
import app.jointly.document.SectionView;
import app.jointly.plan.MeasureCharts;
import app.jointly.share.LinkNotValidException;
import app.jointly.share.NewVisitorComment;
import app.jointly.share.PublicShares;
import app.jointly.share.ShareLimits;
import app.jointly.share.SharedDocument;
import app.jointly.share.SharedSection;
import app.jointly.share.VisitorComment;
import app.jointly.share.VisitorFeedbackChanged;
import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.Ids;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Serves links to people without an account. The document is read with the rights of the member who made the
 * link, so a link stops working when its maker leaves the workspace, and it can never show more than its maker
 * could read. Nothing of the workspace beyond the document's title, kind and sections goes out.
 */
@Service
class DefaultPublicShares implements PublicShares {

    private final ActiveLinks links;
    private final DocumentService documents;
    private final VersionReader versions;
    private final SafeMarkdown markdown;
    private final MeasureCharts charts;
    private final VisitorCommentStore comments;
    private final FeedbackThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultPublicShares(ActiveLinks links, DocumentService documents, VersionReader versions,
                        SafeMarkdown markdown, MeasureCharts charts, VisitorCommentStore comments,
                        FeedbackThrottle throttle, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.documents = documents;
        this.versions = versions;
        this.markdown = markdown;
        this.charts = charts;
        this.comments = comments;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SharedDocument open(String token) {
        StoredShareLink link = links.require(token);
        VersionReader.Version version = read(link);
        return new SharedDocument(version.document().title(), version.document().kind(), version.name(),
                version.document().sections().stream().map(s -> new SharedSection(s.id().value(), s.heading(),
                        s.markdown(), markdown.toHtml(s.markdown()),
                        charts.chartFor(version.document(), s).orElse(null))).toList(),
                link.feedback());
    }

    @Override
    public VisitorComment comment(String token, NewVisitorComment input, String source) {
        StoredShareLink link = links.require(token);
        if (!link.feedback()) {
            throw new ForbiddenException("feedback-off", "This link does not take feedback.");
        }
        String name = VisitorCommentRules.singleLine(input.name(), "name", ShareLimits.MAX_NAME, true);
        String organisation = VisitorCommentRules.singleLine(input.organisation(), "organisation",
                ShareLimits.MAX_ORGANISATION, false);
        String body = VisitorCommentRules.multiLine(input.body(), "body", ShareLimits.MAX_BODY);
        if (input.sectionId() == null || !Ids.isValid(input.sectionId())) {
            throw new InvalidInputException("bad-id", "Not a valid section id.");
        }
        SectionView section = read(link).document().sections().stream()
                .filter(s -> s.id().value().equals(input.sectionId())).findFirst()
                .orElseThrow(() -> new NotFoundException("section-not-found", "This document has no such section."));
        int[] range = passage(input, section.markdown().length());
        if (comments.countByShare(link.id()) >= ShareLimits.MAX_COMMENTS_PER_LINK) {
            throw new ConflictException("feedback-full", "This link has taken all the feedback it can.");
        }
        throttle.acquire(link.id(), source == null ? "" : source);
        VisitorComment comment = new VisitorComment(UUID.randomUUID().toString(), link.documentId(), link.id(),
                section.id().value(), section.heading(), range[0], range[1],
                section.markdown().substring(range[0], range[1]), name, organisation, body, clock.instant(), false,
                false, null, null);
        comments.insert(comment);
        events.publishEvent(new VisitorFeedbackChanged(link.documentId(), comment.id()));
        return comment;
    }

    private VersionReader.Version read(StoredShareLink link) {
        try {
            return link.versionId() == null
                    ? new VersionReader.Version(null, documents.get(link.documentId(), link.createdBy()))
                    : versions.read(link.documentId(), link.versionId(), link.createdBy())
                            .orElseThrow(LinkNotValidException::new);
        } catch (NotFoundException e) {
            // The document is gone or the link's maker left its workspace: the link is dead, and says no more.
            throw new LinkNotValidException();
        }
    }

    private static int[] passage(NewVisitorComment input, int length) {
        if (input.from() == null && input.to() == null) {
            return new int[] {0, 0};
        }
        if (input.from() == null || input.to() == null || input.from() < 0 || input.to() < input.from()
                || input.to() > length) {
            throw new InvalidInputException("bad-range", "The passage must lie within the section (0 to "
                    + length + ", from not after to).");
        }
        return new int[] {input.from(), input.to()};
    }
}
