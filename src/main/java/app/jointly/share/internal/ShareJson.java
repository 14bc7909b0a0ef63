package app.jointly.share.internal;

import app.jointly.share.IssuedShareLink;
import app.jointly.share.ShareLink;
import app.jointly.share.SharedDocument;
import app.jointly.share.SharedSection;
import app.jointly.share.VisitorComment;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the share endpoints. */
final class ShareJson {

    private ShareJson() {
    }

    record CreateShare(String expiresAt, String versionId, Boolean feedback) {
    }

    record Issued(String id, String token, String url, Instant expiresAt, String versionId, boolean feedback) {
        static Issued of(IssuedShareLink issued, String baseUrl) {
            ShareLink link = issued.link();
            return new Issued(link.id(), issued.token(), baseUrl + issued.path(), link.expiresAt(), link.versionId(),
                    link.feedback());
        }
    }

    record Link(String id, Instant createdAt, Instant expiresAt, String versionId, boolean feedback,
                Instant revokedAt, boolean active) {
        static Link of(ShareLink link, Instant now) {
            return new Link(link.id(), link.createdAt(), link.expiresAt(), link.versionId(), link.feedback(),
                    link.revokedAt(), link.activeAt(now));
        }
    }

    record Section(String id, String heading, String markdown, String html, String chartSvg) {
        static Section of(SharedSection s) {
            return new Section(s.id(), s.heading(), s.markdown(), s.html(), s.chartSvg());
        }
    }

    record Shared(String title, String kind, String versionName, boolean feedback, List<Section> sections) {
        static Shared of(SharedDocument d) {
            return new Shared(d.title(), d.kind().wireName(), d.versionName(), d.feedback(),
                    d.sections().stream().map(Section::of).toList());
        }
    }

    record NewComment(String name, String organisation, String body, String sectionId, Integer from, Integer to) {
    }

    /** What a visitor gets back: their own words, nothing of the team. */
    record LeftComment(String id, String sectionId, Integer from, Integer to, String name, String organisation,
                       String body, Instant createdAt) {
        static LeftComment of(VisitorComment c) {
            return new LeftComment(c.id(), c.sectionId(), c.from(), c.to(), c.name(), c.organisation(), c.body(),
                    c.createdAt());
        }
    }

    record Moderation(Boolean hidden, Boolean linksApproved, String answer) {
    }

    record TeamComment(String id, String documentId, String shareId, String sectionId, String sectionHeading,
                       int from, int to, String passage, String name, String organisation, String body,
                       Instant createdAt, boolean hidden, boolean linksApproved, String answer, Instant answeredAt,
                       boolean visitor) {
        static TeamComment of(VisitorComment c) {
            return new TeamComment(c.id(), c.documentId().value(), c.shareId(), c.sectionId(), c.sectionHeading(),
                    c.from(), c.to(), c.passage(), c.name(), c.organisation(), c.body(), c.createdAt(), c.hidden(),
                    c.linksApproved(), c.answer(), c.answeredAt(), true);
        }
    }
}
