package app.jointly.proposal.internal;

import app.jointly.proposal.ProposalId;
import app.jointly.shared.WorkspaceId;
import app.jointly.vote.SubjectRef;
import app.jointly.vote.VoteSubjects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells the vote module whether a proposal a vote is about exists in the vote's workspace. */
@Component
class ProposalVoteSubjects implements VoteSubjects {

    private final ProposalStore proposals;

    ProposalVoteSubjects(ProposalStore proposals) {
        this.proposals = proposals;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("proposal");
    }

    @Override
    public boolean existsIn(WorkspaceId workspace, SubjectRef subject) {
        return proposals.find(new ProposalId(subject.id())).filter(p -> p.workspaceId().equals(workspace)).isPresent();
    }
}
