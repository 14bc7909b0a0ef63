package app.jointly.collab.internal;

import com.hazelcast.topic.Message;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * This node's side of the fan-out: hears every accepted update on the cluster topic and forwards it to the local
 * connections joined to that text. A gap that stays open for {@link #GAP_WAIT_MS} (the publishing node died
 * between its write and its publication, say) is filled from the authority.
 */
@Component
class LocalHub implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LocalHub.class);
    static final long GAP_WAIT_MS = 300;

    private final Map<String, Set<Subscription>> byDoc = new ConcurrentHashMap<>();
    private final CollabEngine engine;
    private final CollabCluster cluster;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("collab-gap-timer").daemon().factory());
    private final UUID listener;

    LocalHub(CollabEngine engine, CollabCluster cluster) {
        this.engine = engine;
        this.cluster = cluster;
        this.listener = cluster.updatesTopic().addMessageListener(this::received);
    }

    void add(Subscription subscription) {
        byDoc.computeIfAbsent(subscription.doc(), d -> ConcurrentHashMap.newKeySet()).add(subscription);
    }

    void remove(Subscription subscription) {
        byDoc.computeIfPresent(subscription.doc(), (d, subs) -> {
            subs.remove(subscription);
            return subs.isEmpty() ? null : subs;
        });
    }

    Set<Subscription> subscribers(String doc) {
        return byDoc.getOrDefault(doc, Set.of());
    }

    int connectionsJoined() {
        return byDoc.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * On the cluster's event thread, in publication order: queues the batch for every local subscriber, then lets
     * one virtual thread write the queued messages out, one connection after the other.
     */
    private void received(Message<PublishedUpdates> message) {
        Set<ClientConnection> touched = new LinkedHashSet<>();
        for (UpdatesMessage updates : message.getMessageObject().groups()) {
            for (Subscription subscription : subscribers(updates.doc())) {
                if (subscription.deliver(updates)) {
                    scheduleGapCheck(subscription);
                }
                touched.add(subscription.connection());
            }
        }
        if (!touched.isEmpty()) {
            Thread.ofVirtual().name("collab-fan-out").start(() -> touched.forEach(ClientConnection::flush));
        }
    }

    /** After a join or a delivery that left a gap: fill it from the authority if it is still open later. */
    void scheduleGapCheck(Subscription subscription) {
        timer.schedule(() -> Thread.ofVirtual().start(() -> fillGap(subscription)), GAP_WAIT_MS,
                TimeUnit.MILLISECONDS);
    }

    private void fillGap(Subscription subscription) {
        if (!subscription.hasGap() || !subscribers(subscription.doc()).contains(subscription)) {
            return;
        }
        try {
            int since = subscription.version();
            for (UpdatesMessage missing : UpdatesMessage.perGroup(subscription.doc(),
                    engine.pull(subscription.doc(), since))) {
                subscription.deliver(missing);
            }
            subscription.connection().flush();
        } catch (RuntimeException e) {
            log.warn("Could not fill a gap for {} on {}", subscription.connection().id(), subscription.doc(), e);
        }
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
        try {
            cluster.updatesTopic().removeMessageListener(listener);
        } catch (RuntimeException e) {
            log.debug("Topic listener already gone: {}", e.getMessage());
        }
    }
}
