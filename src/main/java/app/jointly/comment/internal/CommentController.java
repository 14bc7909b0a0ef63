package app.jointly.comment.internal;

import app.jointly.comment.CommentActions;
import app.jointly.comment.CommentService;
import app.jointly.comment.CommentService.NewPassageComment;
import app.jointly.comment.CommentVisibility;
import app.jointly.comment.internal.CommentJson.Body;
import app.jointly.comment.internal.CommentJson.NewComment;
import app.jointly.comment.internal.CommentJson.Reply;
import app.jointly.comment.internal.CommentJson.Thread;
import app.jointly.identity.CurrentUser;
import app.jointly.proposal.ProposalId;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.vote.VoteId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The comments REST API (docs/protocol.md): the same service calls and authorisation as the views. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Comments")
class CommentController {

    private final CommentService comments;
    private final CommentActions actions;
    private final CurrentUser currentUser;

    CommentController(CommentService comments, CommentActions actions, CurrentUser currentUser) {
        this.comments = comments;
        this.actions = actions;
        this.currentUser = currentUser;
    }

    @PostMapping("/documents/{documentId}/sections/{sectionId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on a passage: from/to in UTF-16 offsets of the section's text at version "
            + "(its textVersion); visibility workspace | party")
    Thread commentOnPassage(@PathVariable String documentId, @PathVariable String sectionId,
                            @RequestBody CommentJson.NewPassageComment request) {
        NewPassageComment input = new NewPassageComment(required(request.from(), "from"),
                required(request.to(), "to"), required(request.version(), "version"), request.body(),
                CommentVisibility.fromWire(request.visibility()));
        return Thread.of(comments.commentOnPassage(new DocumentId(documentId), new SectionId(sectionId), me(),
                input));
    }

    @GetMapping("/documents/{documentId}/comments")
    @Operation(summary = "Threads on the document's sections the caller may see, anchors mapped to the current text")
    List<Thread> documentThreads(@PathVariable String documentId) {
        return comments.documentThreads(new DocumentId(documentId), me()).stream().map(Thread::of).toList();
    }

    @GetMapping("/proposals/{id}/comments")
    @Operation(summary = "The proposal's discussion")
    List<Thread> proposalDiscussion(@PathVariable String id) {
        return comments.proposalDiscussion(new ProposalId(id), me()).stream().map(Thread::of).toList();
    }

    @PostMapping("/proposals/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a thread in the proposal's discussion (a caucus draft's stays in the caucus)")
    Thread discussProposal(@PathVariable String id, @RequestBody NewComment request) {
        return Thread.of(comments.discussProposal(new ProposalId(id), me(), request.body(),
                CommentVisibility.fromWire(request.visibility())));
    }

    @GetMapping("/votes/{id}/comments")
    @Operation(summary = "The vote's discussion")
    List<Thread> voteDiscussion(@PathVariable String id) {
        return comments.voteDiscussion(new VoteId(id), me()).stream().map(Thread::of).toList();
    }

    @PostMapping("/votes/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a thread in the vote's discussion")
    Thread discussVote(@PathVariable String id, @RequestBody NewComment request) {
        return Thread.of(comments.discussVote(new VoteId(id), me(), request.body(),
                CommentVisibility.fromWire(request.visibility())));
    }

    @GetMapping("/comments/{id}")
    @Operation(summary = "One thread, by its id or one of its replies' ids")
    Thread thread(@PathVariable String id) {
        return Thread.of(comments.thread(checked(id), me()));
    }

    @PostMapping("/comments/{id}/replies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Reply in the thread")
    Reply reply(@PathVariable String id, @RequestBody Body request) {
        return Reply.of(actions.reply(checked(id), me(), request.body()));
    }

    @PostMapping("/comments/{id}/resolve")
    @Operation(summary = "Resolve the thread (anyone who may comment in it)")
    Thread resolve(@PathVariable String id) {
        return Thread.of(actions.resolve(checked(id), me()));
    }

    @PostMapping("/comments/{id}/reopen")
    @Operation(summary = "Reopen the thread (anyone who may comment in it)")
    Thread reopen(@PathVariable String id) {
        return Thread.of(actions.reopen(checked(id), me()));
    }

    @PutMapping("/comments/{id}")
    @Operation(summary = "Reword one's own comment or reply; answers the thread (the earlier wording is kept)")
    Thread edit(@PathVariable String id, @RequestBody Body request) {
        return Thread.of(actions.edit(checked(id), me(), request.body()));
    }

    @DeleteMapping("/comments/{id}")
    @Operation(summary = "Delete one's own comment or reply; answers the thread (it shows as deleted)")
    Thread delete(@PathVariable String id) {
        return Thread.of(actions.delete(checked(id), me()));
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw new InvalidInputException("missing-field", field + " is required.");
        }
        return value;
    }

    /** Comment ids follow the typed-id rules (400 {@code bad-id} otherwise). */
    private static String checked(String id) {
        app.jointly.shared.Ids.requireValid(id, "comment id");
        return id;
    }

    private UserId me() {
        return currentUser.require().id();
    }
}
