package app.jointly.collab.internal;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.topic.Message;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Who is where in each text, across the cluster. Every node hears every presence message, so each keeps the whole
 * picture for the texts it serves; when a member dies, the people connected through it are announced as left.
 */
@Component
class PresenceHub implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PresenceHub.class);

    private final CollabCluster cluster;
    private final LocalHub hub;
    /** doc → connection id → last presence. */
    private final Map<String, Map<String, PresenceMessage>> current = new ConcurrentHashMap<>();
    private final UUID topicListener;
    private final UUID membershipListener;

    PresenceHub(CollabCluster cluster, LocalHub hub) {
        this.cluster = cluster;
        this.hub = hub;
        this.topicListener = cluster.presenceTopic().addMessageListener(this::received);
        this.membershipListener = cluster.hazelcast().getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // nothing to do: the new member's users announce themselves when they join
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                forgetMember(event.getMember().getUuid());
            }
        });
    }

    java.util.UUID localMember() {
        return cluster.localMember();
    }

    void publish(PresenceMessage message) {
        cluster.presenceTopic().publish(message);
    }

    /** Everyone else's presence in {@code doc}, as protocol JSON objects. */
    List<String> others(String doc, String connectionId) {
        return current.getOrDefault(doc, Map.of()).values().stream()
                .filter(p -> !p.connectionId().equals(connectionId))
                .map(PresenceHub::entryJson).toList();
    }

    private static String entryJson(PresenceMessage p) {
        StringBuilder out = new StringBuilder("{\"user\":").append(p.userJson()).append(",\"session\":");
        JsonText.appendString(out, p.connectionId());
        return out.append(",\"anchor\":").append(p.anchor()).append(",\"head\":").append(p.head()).append('}')
                .toString();
    }

    private void received(Message<PresenceMessage> message) {
        PresenceMessage presence = message.getMessageObject();
        if (presence.left()) {
            current.computeIfPresent(presence.doc(), (d, m) -> {
                m.remove(presence.connectionId());
                return m.isEmpty() ? null : m;
            });
        } else {
            current.computeIfAbsent(presence.doc(), d -> new ConcurrentHashMap<>())
                    .put(presence.connectionId(), presence);
        }
        relay(presence);
    }

    private void relay(PresenceMessage presence) {
        String json = withSession(presence);
        for (Subscription subscription : hub.subscribers(presence.doc())) {
            if (!subscription.connection().id().equals(presence.connectionId()) && subscription.version() >= 0) {
                subscription.connection().send(json);
            }
        }
    }

    private static String withSession(PresenceMessage presence) {
        String json = presence.toJson();
        StringBuilder out = new StringBuilder(json.length() + 50).append(json, 0, json.length() - 1)
                .append(",\"session\":");
        return JsonText.appendString(out, presence.connectionId()).append('}').toString();
    }

    private void forgetMember(UUID member) {
        current.forEach((doc, entries) -> entries.values().removeIf(p -> {
            if (p.member().equals(member)) {
                relay(new PresenceMessage(p.doc(), p.connectionId(), p.member(), p.userId(), p.userName(),
                        p.color(), 0, 0, true));
                return true;
            }
            return false;
        }));
    }

    @Override
    public void destroy() {
        try {
            cluster.presenceTopic().removeMessageListener(topicListener);
            cluster.hazelcast().getCluster().removeMembershipListener(membershipListener);
        } catch (RuntimeException e) {
            log.debug("Presence listeners already gone: {}", e.getMessage());
        }
    }
}
