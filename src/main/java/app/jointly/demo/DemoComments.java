package app.jointly.demo;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentService;
import app.jointly.comment.CommentService.NewPassageComment;
import app.jointly.comment.CommentThread;
import app.jointly.comment.CommentVisibility;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.proposal.NewProposal;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalService;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The demo's conversations: open threads on the shared vision and the compact (one with a mention, one resolved)
 * and a discussion on a proposal presented at the table.
 */
@Component
class DemoComments {

    private final CommentService comments;
    private final CommentActions actions;
    private final ProposalService proposals;

    DemoComments(CommentService comments, CommentActions actions, ProposalService proposals) {
        this.comments = comments;
        this.actions = actions;
        this.proposals = proposals;
    }

    /** The people taking part, by their demo accounts. */
    record People(UserId facilitator, UserId districtLead, UserId unionLead, UserId boardPresident, UserId teacher) {
    }

    void seed(WorkspaceId workspace, DocumentView compact, DocumentView sharedVision, DocumentView contract,
              People people) {
        onPassage(sharedVision, "driver's seat", people.teacher(),
                "Who decides what the driver's seat means in practice? @union-lead, can we name the committees?");
        CommentThread resolved = onPassage(sharedVision, "working together did", people.districtLead(),
                "Should we cite the budget years here?");
        actions.reply(resolved.id(), people.unionLead(), "Yes: 2010 to 2012. Added in the next paragraph.");
        actions.resolve(resolved.id(), people.districtLead());
        CommentThread compactThread = onPassage(compact, "shared responsibility", people.boardPresident(),
                "The Board reads this as including the budget calendar.");
        actions.reply(compactThread.id(), people.facilitator(), "Noted for Thursday's session.");

        SectionView article = contract.sections().stream().filter(s -> s.heading().startsWith("Article 12"))
                .findFirst().orElse(contract.sections().getFirst());
        ProposalId proposal = proposals.create(workspace, people.unionLead(), new NewProposal(
                Optional.of(article.id()), article.markdown() + "\n\nTeachers rated effective twice are evaluated "
                        + "every other year.", "Less paperwork for experienced teachers.", Optional.empty()))
                .proposal().id();
        comments.discussProposal(proposal, people.teacher(), "Our caucus agrees; keep the two-year cycle.",
                CommentVisibility.WORKSPACE);
        proposals.present(proposal, people.unionLead());
        comments.discussProposal(proposal, people.districtLead(),
                "What happens when a principal changes in between?", CommentVisibility.WORKSPACE);
    }

    private CommentThread onPassage(DocumentView document, String words, UserId by, String body) {
        for (SectionView section : document.sections()) {
            int from = section.markdown().indexOf(words);
            if (from >= 0) {
                return comments.commentOnPassage(document.id(), section.id(), by, new NewPassageComment(from,
                        from + words.length(), section.textVersion(), body, CommentVisibility.WORKSPACE));
            }
        }
        SectionView first = document.sections().getFirst();
        return comments.commentOnPassage(document.id(), first.id(), by, new NewPassageComment(0,
                Math.min(20, first.markdown().length()), first.textVersion(), body, CommentVisibility.WORKSPACE));
    }
}
