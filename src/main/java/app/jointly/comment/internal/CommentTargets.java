package app.jointly.comment.internal;

import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentTarget.Kind;
import app.jointly.comment.CommentVisibility;
import app.jointly.document.DocumentDirectory;
import app.jointly.document.DocumentService;
import app.jointly.document.SectionLocation;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalService;
import app.jointly.proposal.ProposalStatus;
import app.jointly.proposal.ProposalView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.VoteId;
import app.jointly.vote.VoteService;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

/**
 * Where a commented thing lives and who may see and write what about it. The owning modules' own look-ups check
 * that the caller may see the thing at all (a caucus draft is not found outside its party); this adds the
 * comment rules: observers read, every other role comments, a party-only thread is for that party's members.
 */
@Component
public class CommentTargets {

    private final DocumentDirectory directory;
    private final DocumentService documents;
    private final ProposalService proposals;
    private final VoteService votes;
    private final WorkspaceAccess access;

    CommentTargets(DocumentDirectory directory, DocumentService documents, ProposalService proposals,
                   VoteService votes, WorkspaceAccess access) {
        this.directory = directory;
        this.documents = documents;
        this.proposals = proposals;
        this.votes = votes;
        this.access = access;
    }

    /**
     * A commented thing as the caller sees it.
     *
     * @param caucus the party a thread here must stay in (a caucus draft's), else null
     */
    public record Place(WorkspaceId workspaceId, CommentTarget target, PartyId caucus, Membership member) {
    }

    public Place section(DocumentId document, SectionId section, UserId user) {
        SectionLocation location = directory.locateSection(section)
                .filter(l -> l.documentId().equals(document)).orElseThrow(CommentTargets::sectionNotFound);
        Membership member = access.membership(location.workspaceId(), user)
                .orElseThrow(CommentTargets::sectionNotFound);
        return new Place(location.workspaceId(), new CommentTarget(Kind.SECTION, section.value(),
                document.value()), null, member);
    }

    public Place document(DocumentId document, UserId user) {
        WorkspaceId workspace = documents.get(document, user).workspaceId();
        return new Place(workspace, null, null, access.requireMember(workspace, user));
    }

    public Place proposal(ProposalId id, UserId user) {
        ProposalView proposal = proposals.get(id, user).proposal();
        PartyId caucus = proposal.status() == ProposalStatus.DRAFT ? proposal.party() : null;
        return new Place(proposal.workspaceId(), new CommentTarget(Kind.PROPOSAL, id.value(), null), caucus,
                access.requireMember(proposal.workspaceId(), user));
    }

    public Place vote(VoteId id, UserId user) {
        WorkspaceId workspace = votes.get(id, user).workspaceId();
        return new Place(workspace, new CommentTarget(Kind.VOTE, id.value(), null), null,
                access.requireMember(workspace, user));
    }

    /** The caller's membership of a stored comment's workspace when they may see it; else not found. */
    public Membership requireVisible(CommentDocument comment, UserId user) {
        Membership member = access.membership(new WorkspaceId(comment.workspaceId()), user)
                .orElseThrow(CommentTargets::commentNotFound);
        if (!canSee(comment, member)) {
            throw commentNotFound();
        }
        return member;
    }

    public static boolean canSee(CommentDocument comment, Membership member) {
        return !CommentVisibility.PARTY.wireName().equals(comment.visibility())
                || comment.partyId() != null && member.inParty(new PartyId(comment.partyId()));
    }

    /** @throws ForbiddenException {@code read-only} for observers */
    public static void requireCommenter(Membership member) {
        if (!member.role().canComment()) {
            throw new ForbiddenException("read-only", "Observers read comments but do not write them.");
        }
    }

    public java.util.List<Membership> members(WorkspaceId workspace) {
        return access.members(workspace);
    }

    static NotFoundException commentNotFound() {
        return new NotFoundException("comment-not-found", "No such comment.");
    }

    private static NotFoundException sectionNotFound() {
        return new NotFoundException("section-not-found", "No such section in this document.");
    }
}
