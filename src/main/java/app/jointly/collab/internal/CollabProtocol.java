package app.jointly.collab.internal;

import app.jointly.collab.CollabLimits;
import app.jointly.identity.AuthenticatedUser;
import app.jointly.shared.Ids;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The protocol's messages (docs/protocol.md), each authorised for the connection's user: joining needs
 * membership of the text's workspace, pushing an editing role. Membership (and the text's lock flag) is read again
 * in the background once a connection's last reading is {@link #RECHECK_AHEAD_MS} short of {@link #RECHECK_MS} old
 * (one membership read for all its texts of one workspace, one lock-flag read per text and node), off the path of
 * the message that noticed it, and in front of a message only when the background reading has not finished within
 * {@link #RECHECK_MS}: a removed member stops receiving within that bound without a database read per keystroke.
 * A text
 * that is a tentative agreement refuses every push ({@code locked}); {@link AgreedTextLocks} updates the flag the
 * moment the lock changes, and the recheck reads it again.
 */
@Component
class CollabProtocol {

    private static final Logger log = LoggerFactory.getLogger(CollabProtocol.class);
    static final long RECHECK_MS = 5_000;
    static final long RECHECK_AHEAD_MS = 1_000;

    private final CollabEngine engine;
    private final LocalHub hub;
    private final PresenceHub presence;
    private final TextCatalog catalog;
    private final TextLockReadings lockReadings;
    private final WorkspaceAccess access;
    private final WorkspaceMemberReadings memberReadings;
    private final Clock clock;

    CollabProtocol(CollabEngine engine, LocalHub hub, PresenceHub presence, TextCatalog catalog,
            TextLockReadings lockReadings, WorkspaceAccess access, WorkspaceMemberReadings memberReadings, Clock clock) {
        this.lockReadings = lockReadings;
        this.engine = engine;
        this.hub = hub;
        this.presence = presence;
        this.catalog = catalog;
        this.access = access;
        this.memberReadings = memberReadings;
        this.clock = clock;
    }

    void handle(ClientConnection connection, String type, String doc, JsonNode message) {
        switch (type) {
            case "join" -> join(connection, doc);
            case "push" -> push(connection, authorised(connection, doc), message);
            case "pull" -> pull(connection, authorised(connection, doc), message);
            case "presence" -> presence(connection, authorised(connection, doc), message);
            case "leave" -> leave(connection, doc);
            default -> throw new ProtocolException("bad-message", "Unknown message type.");
        }
    }

    private void join(ClientConnection connection, String doc) {
        if (connection.joined().containsKey(doc)) {
            leave(connection, doc);
        }
        if (connection.joined().size() >= CollabLimits.MAX_JOINED_PER_SOCKET) {
            throw new ProtocolException("too-large", "A connection may join at most "
                    + CollabLimits.MAX_JOINED_PER_SOCKET + " texts.");
        }
        AuthenticatedUser user = connection.user();
        WorkspaceId workspace = catalog.workspaceOf(doc).orElseThrow(() -> new NotFoundException("No such text."));
        Membership membership = access.requireMember(workspace, user.id());
        boolean locked = catalog.isLocked(doc);
        lockReadings.record(doc, locked);
        Subscription subscription = new Subscription(connection, doc, workspace, membership.role().canEdit(),
                locked, clock.millis());
        connection.joined().put(doc, subscription);
        hub.add(subscription);
        try {
            CollabEngine.Joined joined = engine.join(doc);
            StringBuilder out = new StringBuilder(joined.text().length() + 256).append("{\"type\":\"joined\",\"doc\":");
            JsonText.appendString(out, doc).append(",\"version\":").append(joined.version()).append(",\"text\":");
            JsonText.appendString(out, joined.text()).append(",\"authors\":").append(joined.authorsJson())
                    .append(",\"authorNames\":").append(joined.authorNamesJson())
                    .append(",\"canEdit\":").append(membership.role().canEdit() && !locked)
                    .append(",\"locked\":").append(locked)
                    .append(",\"session\":");
            JsonText.appendString(out, connection.id()).append(",\"you\":").append(userJson(connection))
                    .append(",\"presence\":[").append(String.join(",", presence.others(doc, connection.id())))
                    .append("]}");
            subscription.start(joined.version(), out.toString());
            connection.flush();
            if (subscription.hasGap()) {
                hub.scheduleGapCheck(subscription);
            }
        } catch (RuntimeException e) {
            connection.joined().remove(doc);
            hub.remove(subscription);
            throw e;
        }
    }

    private static String userJson(ClientConnection connection) {
        StringBuilder out = new StringBuilder("{\"id\":");
        JsonText.appendString(out, connection.user().id().value()).append(",\"name\":");
        JsonText.appendString(out, connection.user().displayName()).append(",\"color\":");
        return JsonText.appendString(out, connection.color()).append('}').toString();
    }

    /**
     * The connection's subscription to a joined text. Its membership is read again in the background shortly before
     * the re-check period has passed, and here, in front of this message, once it has.
     */
    private Subscription authorised(ClientConnection connection, String doc) {
        Subscription subscription = connection.joined().get(doc);
        if (subscription == null) {
            throw new ProtocolException("not-joined", "Join the text first.");
        }
        long age = clock.millis() - subscription.checkedAt();
        if (age > RECHECK_MS) {
            recheck(connection, subscription);
        } else if (age > RECHECK_MS - RECHECK_AHEAD_MS && subscription.startRecheck()) {
            Thread.ofVirtual().name("collab-recheck").start(() -> recheckInBackground(connection, subscription));
        }
        return subscription;
    }

    /** Reads the membership (shared by the connection's texts of one workspace) and the lock flag again. */
    private void recheck(ClientConnection connection, Subscription subscription) {
        WorkspaceMemberReadings.Reading reading = memberReadings.reading(subscription.workspace(), RECHECK_MS / 2);
        Optional<Membership> membership = reading.of(connection.user().id());
        if (membership.isEmpty()) {
            leave(connection, subscription.doc());
            throw new NotFoundException("No such text.");
        }
        subscription.rechecked(membership.get().role().canEdit(), lockReadings.isLocked(subscription.doc(),
                RECHECK_MS / 2), reading.readAt());
    }

    private void recheckInBackground(ClientConnection connection, Subscription subscription) {
        try {
            recheck(connection, subscription);
        } catch (NotFoundException e) {
            connection.send(CollabSocketHandler.error(subscription.doc(), e.code(), e.getMessage()));
        } catch (RuntimeException e) {
            // the next message past the period checks in front of itself
            log.warn("Re-checking {}'s membership for {} failed", connection.user().username(), subscription.doc(), e);
        } finally {
            subscription.recheckDone();
        }
    }

    private void push(ClientConnection connection, Subscription subscription, JsonNode message) {
        if (!subscription.canEdit()) {
            throw new ProtocolException("read-only", "Your role in this workspace can read but not edit.");
        }
        if (subscription.locked()) {
            throw LockedTexts.refusal();
        }
        int version = intField(message, "version");
        JsonNode updates = message.get("updates");
        if (updates == null || !updates.isArray()) {
            throw new ProtocolException("bad-message", "A push needs an updates array.");
        }
        if (updates.size() > CollabLimits.MAX_UPDATES_PER_PUSH) {
            throw new ProtocolException("too-large", "A push may hold at most "
                    + CollabLimits.MAX_UPDATES_PER_PUSH + " updates.");
        }
        List<String> clientIds = new ArrayList<>(updates.size());
        List<String> changes = new ArrayList<>(updates.size());
        for (JsonNode update : updates) {
            JsonNode clientId = update.get("clientID");
            if (clientId == null || !clientId.isString() || clientId.asString().isEmpty()
                    || clientId.asString().length() > CollabLimits.MAX_CLIENT_ID) {
                throw new ProtocolException("bad-message", "Each update needs a clientID of 1 to "
                        + CollabLimits.MAX_CLIENT_ID + " characters.");
            }
            JsonNode changeSet = update.get("changes");
            if (changeSet == null || !changeSet.isArray()) {
                throw ProtocolException.invalidChanges("Each update needs changes (ChangeSet.toJSON()).");
            }
            clientIds.add(clientId.asString());
            changes.add(changeSet.toString());
        }
        AuthenticatedUser user = connection.user();
        CollabEngine.PushResult result = engine.push(subscription.doc(),
                new PushRequest(version, clientIds, changes, user.id().value(), user.displayName()));
        StringBuilder out = new StringBuilder("{\"type\":\"pushed\",\"doc\":");
        JsonText.appendString(out, subscription.doc()).append(",\"accepted\":").append(result.accepted())
                .append(",\"version\":").append(result.version()).append('}');
        connection.send(out.toString());
    }

    /** Answers with one message per group (see {@link Groups}), or one empty message when nothing is new. */
    private void pull(ClientConnection connection, Subscription subscription, JsonNode message) {
        int version = intField(message, "version");
        List<UpdatesMessage> answers = UpdatesMessage.perGroup(subscription.doc(),
                engine.pull(subscription.doc(), version));
        if (answers.isEmpty()) {
            connection.send(UpdatesMessage.protocolJson(subscription.doc(), version, List.of()));
        }
        for (UpdatesMessage answer : answers) {
            connection.send(answer.json());
        }
    }

    private void presence(ClientConnection connection, Subscription subscription, JsonNode message) {
        int anchor = intField(message, "anchor");
        int head = intField(message, "head");
        if (anchor > CollabLimits.MAX_TEXT || head > CollabLimits.MAX_TEXT) {
            throw new ProtocolException("bad-message", "anchor and head must be positions in the text.");
        }
        AuthenticatedUser user = connection.user();
        presence.publish(new PresenceMessage(subscription.doc(), connection.id(), engineMember(), user.id().value(),
                user.displayName(), connection.color(), anchor, head, false));
    }

    private java.util.UUID engineMember() {
        return presence.localMember();
    }

    void leave(ClientConnection connection, String doc) {
        Subscription subscription = connection.joined().remove(doc);
        if (subscription == null) {
            return;
        }
        hub.remove(subscription);
        if (hub.subscribers(doc).isEmpty()) {
            lockReadings.forget(doc);
        }
        AuthenticatedUser user = connection.user();
        presence.publish(new PresenceMessage(doc, connection.id(), engineMember(), user.id().value(),
                user.displayName(), connection.color(), 0, 0, true));
    }

    static String docOf(JsonNode message) {
        JsonNode doc = message.get("doc");
        if (doc == null || !doc.isString() || !Ids.isValid(doc.asString())) {
            throw new ProtocolException("bad-message", "doc must be a text id.");
        }
        return doc.asString();
    }

    private static int intField(JsonNode message, String field) {
        JsonNode value = message.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < 0) {
            throw new ProtocolException("bad-message", field + " must be a non-negative integer.");
        }
        return value.asInt();
    }
}
