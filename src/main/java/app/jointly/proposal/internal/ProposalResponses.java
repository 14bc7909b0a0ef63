package app.jointly.proposal.internal;

import app.jointly.proposal.BargainingTable;
import app.jointly.proposal.Caucus;
import app.jointly.proposal.OpenItem;
import app.jointly.proposal.ProposalDetails;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalRedline;
import app.jointly.proposal.ProposalSummary;
import app.jointly.proposal.ProposalView;
import app.jointly.document.Redline;
import app.jointly.proposal.SignOff;
import app.jointly.proposal.StateChange;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** The JSON shapes of the proposal API; ids as strings, statuses as lower-case wire names. */
final class ProposalResponses {

    private ProposalResponses() {
    }

    /** {@code caucus} and {@code version} are present only for members of the authoring party. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProposalResponse(String id, Long version, String workspaceId, String documentId, String sectionId,
            String party, String text, String rationale, String status, String counters, String baseText,
            List<HistoryResponse> history, List<SignOffResponse> signOffs, List<SignOffResponse> reopenConsents,
            Instant presentedAt, Instant updatedAt, CaucusResponse caucus) {

        static ProposalResponse of(ProposalDetails details) {
            ProposalView p = details.proposal();
            return new ProposalResponse(p.id().value(),
                    p.version().isPresent() ? Long.valueOf(p.version().getAsLong()) : null, p.workspaceId().value(),
                    p.documentId().value(), p.sectionId().value(), p.party().value(), p.text(), p.rationale(),
                    p.status().wireName(), p.counters().map(ProposalId::value).orElse(null), p.baseText(),
                    p.history().stream().map(HistoryResponse::of).toList(),
                    SignOffResponse.of(p.signOffs()), SignOffResponse.of(p.reopenConsents()),
                    p.presentedAt().orElse(null), p.updatedAt(),
                    details.caucus().map(CaucusResponse::of).orElse(null));
        }
    }

    record HistoryResponse(String from, String to, String by, String byName, Instant at) {
        static HistoryResponse of(StateChange c) {
            return new HistoryResponse(c.from().wireName(), c.to().wireName(), c.by().value(), c.byName(), c.at());
        }
    }

    record SignOffResponse(String party, String lead, String name, Instant at) {
        static List<SignOffResponse> of(List<SignOff> signOffs) {
            return signOffs.stream().map(s -> new SignOffResponse(s.party().value(), s.lead().value(), s.name(),
                    s.at())).toList();
        }
    }

    record CaucusResponse(String author, String authorName, List<RevisionResponse> revisions) {
        static CaucusResponse of(Caucus c) {
            return new CaucusResponse(c.author().value(), c.authorName(), c.revisions().stream()
                    .map(r -> new RevisionResponse(r.by().value(), r.byName(), r.at(), r.textLength())).toList());
        }
    }

    record RevisionResponse(String by, String byName, Instant at, int textLength) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SummaryResponse(String id, String sectionId, String party, String status, String counters,
            Instant presentedAt, Instant updatedAt, List<SignOffResponse> signOffs) {
        static SummaryResponse of(ProposalSummary s) {
            return new SummaryResponse(s.id().value(), s.sectionId().value(), s.party().value(),
                    s.status().wireName(), s.counters().map(ProposalId::value).orElse(null),
                    s.presentedAt().orElse(null), s.updatedAt(), SignOffResponse.of(s.signOffs()));
        }
    }

    record ArticleResponse(String sectionId, String heading, boolean open, List<SummaryResponse> proposals) {
    }

    record TableResponse(String workspaceId, String documentId, List<ArticleResponse> articles) {
        static TableResponse of(BargainingTable t) {
            return new TableResponse(t.workspaceId().value(), t.documentId().value(), t.articles().stream()
                    .map(a -> new ArticleResponse(a.sectionId().value(), a.heading(), a.open(),
                            a.proposals().stream().map(SummaryResponse::of).toList()))
                    .toList());
        }
    }

    record OpenItemResponse(String documentId, String sectionId, String heading, List<SummaryResponse> open) {
        static OpenItemResponse of(OpenItem i) {
            return new OpenItemResponse(i.documentId().value(), i.sectionId().value(), i.heading(),
                    i.open().stream().map(SummaryResponse::of).toList());
        }
    }

    record SegmentResponse(String kind, String text) {
    }

    record RedlineResponse(List<SegmentResponse> segments, String html) {
        static RedlineResponse of(Redline r) {
            return new RedlineResponse(r.segments().stream()
                    .map(s -> new SegmentResponse(s.kind().wireName(), s.text())).toList(), r.html());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProposalRedlineResponse(String proposalId, RedlineResponse againstAgreed, String counters,
            RedlineResponse againstCountered) {
        static ProposalRedlineResponse of(ProposalRedline r) {
            return new ProposalRedlineResponse(r.proposalId().value(), RedlineResponse.of(r.againstAgreed()),
                    r.counters().map(ProposalId::value).orElse(null),
                    r.againstCountered().map(RedlineResponse::of).orElse(null));
        }
    }
}
