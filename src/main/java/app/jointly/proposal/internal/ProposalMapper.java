package app.jointly.proposal.internal;

import app.jointly.proposal.Caucus;
import app.jointly.proposal.DraftRevision;
import app.jointly.proposal.Proposal;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalStatus;
import app.jointly.proposal.SignOff;
import app.jointly.proposal.StateChange;
import app.jointly.proposal.internal.ProposalDocument.CaucusDoc;
import app.jointly.proposal.internal.ProposalDocument.RevisionDoc;
import app.jointly.proposal.internal.ProposalDocument.SignOffDoc;
import app.jointly.proposal.internal.ProposalDocument.StateChangeDoc;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;

/** Converts between the aggregate and its stored form. */
final class ProposalMapper {

    private ProposalMapper() {
    }

    static ProposalDocument toDocument(Proposal p, Long version) {
        return new ProposalDocument(p.id().value(), version, p.workspaceId().value(), p.documentId().value(),
                p.sectionId().value(), p.party().value(), p.text(), p.rationale(), p.status().name(),
                p.counters().map(ProposalId::value).orElse(null), p.baseText(),
                p.history().stream().map(h -> new StateChangeDoc(h.from().name(), h.to().name(), h.by().value(),
                        h.byName(), h.at())).toList(),
                signOffs(p.signOffs()), signOffs(p.reopenConsents()), p.presentedAt().orElse(null), p.createdAt(),
                p.updatedAt(), new CaucusDoc(p.caucus().author().value(), p.caucus().authorName(),
                        p.caucus().revisions().stream().map(r -> new RevisionDoc(r.by().value(), r.byName(),
                                r.at(), r.textLength())).toList()));
    }

    static Proposal toDomain(ProposalDocument d) {
        CaucusDoc c = d.caucus();
        Caucus caucus = new Caucus(new UserId(c.author()), c.authorName(), list(c.revisions()).stream()
                .map(r -> new DraftRevision(new UserId(r.by()), r.byName(), r.at(), r.textLength())).toList());
        return new Proposal(new ProposalId(d.id()), d.version() == null ? 0 : d.version(),
                new WorkspaceId(d.workspaceId()), new DocumentId(d.documentId()), new SectionId(d.sectionId()),
                new PartyId(d.party()), d.text(), d.rationale() == null ? "" : d.rationale(),
                ProposalStatus.valueOf(d.status()), Optional.ofNullable(d.counters()).map(ProposalId::new),
                d.baseText() == null ? "" : d.baseText(),
                list(d.history()).stream().map(h -> new StateChange(ProposalStatus.valueOf(h.from()),
                        ProposalStatus.valueOf(h.to()), new UserId(h.by()), h.byName(), h.at())).toList(),
                fromDocs(list(d.signOffs())), fromDocs(list(d.reopenConsents())),
                Optional.ofNullable(d.presentedAt()), d.createdAt(), d.updatedAt(), caucus);
    }

    private static List<SignOffDoc> signOffs(List<SignOff> signOffs) {
        return signOffs.stream().map(s -> new SignOffDoc(s.party().value(), s.lead().value(), s.name(), s.at()))
                .toList();
    }

    private static List<SignOff> fromDocs(List<SignOffDoc> docs) {
        return docs.stream().map(s -> new SignOff(new PartyId(s.party()), new UserId(s.lead()), s.name(), s.at()))
                .toList();
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
