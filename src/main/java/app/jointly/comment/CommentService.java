package app.jointly.comment;

import app.jointly.collab.TextHistory;
import app.jointly.comment.internal.AnchorRefresher;
import app.jointly.comment.internal.CommentDocument;
import app.jointly.comment.internal.CommentStore;
import app.jointly.comment.internal.CommentTargets;
import app.jointly.comment.internal.CommentTargets.Place;
import app.jointly.comment.internal.CommentWriter;
import app.jointly.comment.internal.CommentWriter.Anchor;
import app.jointly.comment.internal.ThreadViews;
import app.jointly.proposal.ProposalId;
import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.vote.VoteId;
import app.jointly.workspace.Membership;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Comments on passages of document sections and discussions on proposals and votes. Every method takes the
 * acting user and checks them: anything outside their workspaces, or a party-only thread of another party, is
 * {@code comment-not-found} (404); observers read but may not write (403 {@code read-only}). Thread actions
 * (reply, resolve, reopen, edit, delete) live in {@link CommentActions}.
 */
@Service
public class CommentService {

    private final CommentStore store;
    private final CommentTargets targets;
    private final CommentWriter writer;
    private final AnchorRefresher anchors;
    private final TextHistory history;

    CommentService(CommentStore store, CommentTargets targets, CommentWriter writer, AnchorRefresher anchors,
                   TextHistory history) {
        this.store = store;
        this.targets = targets;
        this.writer = writer;
        this.anchors = anchors;
        this.history = history;
    }

    /** What a person asks to comment on: a passage {@code from..to} of the section's text at {@code version}. */
    public record NewPassageComment(int from, int to, int version, String body, CommentVisibility visibility) {
    }

    /**
     * Starts a thread on a passage. The range is mapped from the version the client saw to the current text, so
     * the anchor is right even when others typed meanwhile.
     *
     * @throws InvalidInputException {@code empty-range} for an empty selection, {@code bad-range} or
     *         {@code bad-version} for one that does not fit the text at that version
     * @throws ConflictException {@code passage-removed} when the passage was deleted before the comment arrived
     */
    public CommentThread commentOnPassage(DocumentId document, SectionId section, UserId user,
                                          NewPassageComment input) {
        Place place = targets.section(document, section, user);
        CommentTargets.requireCommenter(place.member());
        if (input.from() >= input.to()) {
            throw new InvalidInputException("empty-range", "Select the passage to comment on (from < to).");
        }
        TextHistory.Mapped mapped = history.map(section.value(), input.version(),
                List.of(new TextHistory.Range(input.from(), input.to())));
        TextHistory.Range range = mapped.ranges().getFirst();
        if (range.removed()) {
            throw new ConflictException("passage-removed", "Someone deleted that passage before your comment "
                    + "arrived; select the text again.");
        }
        String quote = AnchorRefresher.quote(mapped.text(), range.from(), range.to());
        CommentDocument thread = writer.startThread(place, user, input.body(), input.visibility(),
                new Anchor(range.from(), range.to(), mapped.version(), quote));
        return ThreadViews.thread(thread, List.of());
    }

    /** Every thread on the document's sections that the caller may see, anchors mapped to the current texts. */
    public List<CommentThread> documentThreads(DocumentId document, UserId user) {
        Place place = targets.document(document, user);
        return visibleThreads(store.threadsOfDocument(document.value()), place.member());
    }

    /** The proposal's discussion; what was said about a caucus draft stays with that caucus. */
    public List<CommentThread> proposalDiscussion(ProposalId proposal, UserId user) {
        Place place = targets.proposal(proposal, user);
        return visibleThreads(store.threadsOf(place.target().kind().wireName(), proposal.value()), place.member());
    }

    public CommentThread discussProposal(ProposalId proposal, UserId user, String body,
                                         CommentVisibility visibility) {
        return ThreadViews.thread(writer.startThread(targets.proposal(proposal, user), user, body, visibility,
                null), List.of());
    }

    public List<CommentThread> voteDiscussion(VoteId vote, UserId user) {
        Place place = targets.vote(vote, user);
        return visibleThreads(store.threadsOf(place.target().kind().wireName(), vote.value()), place.member());
    }

    public CommentThread discussVote(VoteId vote, UserId user, String body, CommentVisibility visibility) {
        return ThreadViews.thread(writer.startThread(targets.vote(vote, user), user, body, visibility, null),
                List.of());
    }

    /**
     * The caller's membership where the commented thing lives (for showing or hiding forms; every action checks
     * again): {@code id} is a document id for {@link CommentTarget.Kind#SECTION}, else a proposal or vote id.
     */
    public Membership viewer(CommentTarget.Kind kind, String id, UserId user) {
        return switch (kind) {
            case SECTION -> targets.document(new DocumentId(id), user).member();
            case PROPOSAL -> targets.proposal(new ProposalId(id), user).member();
            case VOTE -> targets.vote(new VoteId(id), user).member();
        };
    }

    /** One thread by its id or by one of its replies' ids. */
    public CommentThread thread(String commentId, UserId user) {
        CommentDocument comment = store.find(commentId).orElseThrow(CommentService::notFound);
        targets.requireVisible(comment, user);
        CommentDocument thread = comment.isThread() ? comment
                : store.find(comment.threadId()).orElseThrow(CommentService::notFound);
        CommentDocument mapped = anchors.refresh(List.of(thread)).getFirst();
        return ThreadViews.thread(mapped, store.repliesOf(List.of(thread.id())));
    }

    private List<CommentThread> visibleThreads(List<CommentDocument> threads, Membership member) {
        List<CommentDocument> visible = threads.stream().filter(t -> CommentTargets.canSee(t, member)).toList();
        List<CommentDocument> mapped = anchors.refresh(visible);
        return ThreadViews.threads(mapped, store.repliesOf(mapped.stream().map(CommentDocument::id).toList()));
    }

    private static app.jointly.shared.NotFoundException notFound() {
        return new app.jointly.shared.NotFoundException("comment-not-found", "No such comment.");
    }
}
