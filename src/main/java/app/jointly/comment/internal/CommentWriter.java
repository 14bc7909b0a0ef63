package app.jointly.comment.internal;

import app.jointly.comment.CommentLimits;
import app.jointly.comment.CommentPosted;
import app.jointly.comment.CommentTarget;
import app.jointly.comment.CommentVisibility;
import app.jointly.comment.ReplyPosted;
import app.jointly.comment.internal.CommentTargets.Place;
import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import app.jointly.shared.TooLargeException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes new threads and replies after the limits (body, rate, threads per thing, comments per thread) and
 * publishes {@link CommentPosted} / {@link ReplyPosted} for notifications and live views.
 */
@Component
public class CommentWriter {

    private final CommentStore store;
    private final CommentBodies bodies;
    private final CommentRateLimiter rate;
    private final Mentions mentions;
    private final CommentTargets targets;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentWriter(CommentStore store, CommentBodies bodies, CommentRateLimiter rate, Mentions mentions,
                  CommentTargets targets, UserService users, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.bodies = bodies;
        this.rate = rate;
        this.mentions = mentions;
        this.targets = targets;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** An anchor as mapped to the current version of its text, with its current and original quote. */
    public record Anchor(int from, int to, int version, String quote) {
    }

    /**
     * Starts a thread at {@code place}; in a caucus draft's place it is the caucus's whatever was asked.
     *
     * @param anchor null for a discussion
     */
    public CommentDocument startThread(Place place, UserId author, String body, CommentVisibility asked,
                                       Anchor anchor) {
        CommentTargets.requireCommenter(place.member());
        String text = bodies.check(body);
        CommentVisibility visibility = place.caucus() != null ? CommentVisibility.PARTY : asked;
        PartyId party = place.caucus() != null ? place.caucus() : partyFor(visibility, place.member());
        CommentTarget target = place.target();
        if (store.countThreadsOf(target.kind().wireName(), target.id()) >= CommentLimits.MAX_THREADS) {
            throw new TooLargeException("too-many-threads", "This has the most threads it can hold ("
                    + CommentLimits.MAX_THREADS + "); reply in an existing thread instead.");
        }
        rate.take(author);
        Instant now = clock.instant();
        List<UserId> mentioned = mentioned(text, place.workspaceId(), visibility, party, author);
        CommentDocument thread = store.insert(new CommentDocument(UUID.randomUUID().toString(),
                place.workspaceId().value(), null, target.kind().wireName(), target.id(), target.documentId(),
                anchor == null ? null : anchor.from(), anchor == null ? null : anchor.to(),
                anchor == null ? null : anchor.version(), false, anchor == null ? null : anchor.quote(),
                anchor == null ? null : anchor.quote(), text, bodies.html(text), List.of(), author.value(),
                nameOf(author), now, null, false, visibility.wireName(), party == null ? null : party.value(), false,
                null, null, ids(mentioned)));
        events.publishEvent(new CommentPosted(thread.id(), place.workspaceId(), target, author,
                thread.authorName(), mentioned, visibility, party, now));
        return thread;
    }

    /** Adds a reply to {@code thread}, which the caller ({@code member}) may see. */
    public CommentDocument reply(CommentDocument thread, Membership member, String body) {
        CommentTargets.requireCommenter(member);
        String text = bodies.check(body);
        if (store.countReplies(thread.id()) + 1 >= CommentLimits.MAX_PER_THREAD) {
            throw new TooLargeException("thread-full", "A thread holds at most " + CommentLimits.MAX_PER_THREAD
                    + " comments; start a new thread.");
        }
        rate.take(member.userId());
        Instant now = clock.instant();
        CommentVisibility visibility = ThreadViews.visibility(thread);
        PartyId party = ThreadViews.party(thread);
        List<UserId> mentioned = mentioned(text, new WorkspaceId(thread.workspaceId()), visibility, party,
                member.userId());
        CommentDocument reply = store.insert(new CommentDocument(UUID.randomUUID().toString(),
                thread.workspaceId(), thread.id(), thread.targetKind(), thread.targetId(), thread.documentId(), null,
                null, null, false, null, null, text, bodies.html(text), List.of(), member.userId().value(),
                nameOf(member.userId()), now, null, false, thread.visibility(), thread.partyId(), false, null, null,
                ids(mentioned)));
        List<UserId> participants = java.util.stream.Stream.concat(java.util.stream.Stream.of(thread),
                        store.repliesOf(List.of(thread.id())).stream())
                .map(c -> new UserId(c.authorId())).filter(u -> !u.equals(member.userId())).distinct().toList();
        events.publishEvent(new ReplyPosted(reply.id(), thread.id(), new WorkspaceId(thread.workspaceId()),
                ThreadViews.target(thread), member.userId(), reply.authorName(), mentioned, participants, visibility,
                party, now));
        return reply;
    }

    /** The mentions of an edited body, against the thread's audience. */
    public List<UserId> mentioned(String text, WorkspaceId workspace, CommentVisibility visibility, PartyId party,
                           UserId author) {
        return mentions.resolve(text, targets.members(workspace), m -> visibility == CommentVisibility.WORKSPACE
                || party != null && m.inParty(party), author);
    }

    static List<String> ids(List<UserId> users) {
        return users.stream().map(UserId::value).toList();
    }

    private static PartyId partyFor(CommentVisibility visibility, Membership member) {
        if (visibility == CommentVisibility.WORKSPACE) {
            return null;
        }
        return member.partyId().orElseThrow(() -> new InvalidInputException("no-party",
                "Only a member of a party can write a \"my party only\" comment."));
    }

    private String nameOf(UserId user) {
        return users.find(user).map(UserView::displayName).orElse(user.value());
    }
}
