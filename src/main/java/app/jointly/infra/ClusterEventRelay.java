package app.jointly.infra;

import app.jointly.shared.ClusterEvent;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Carries {@link ClusterEvent}s to every other member and re-publishes them there as ordinary Spring events, so a
 * view listening for, say, a new vote tally hears it whichever node the voter used.
 */
@Component
class ClusterEventRelay {

    private static final Logger log = LoggerFactory.getLogger(ClusterEventRelay.class);
    static final String TOPIC = "jointly.cluster-events";

    private final ITopic<ClusterEvent> topic;
    private final ApplicationEventPublisher publisher;
    private final ThreadLocal<Boolean> relaying = ThreadLocal.withInitial(() -> false);
    private final UUID localMember;

    ClusterEventRelay(HazelcastInstance hazelcast, ApplicationEventPublisher publisher) {
        this.topic = hazelcast.getTopic(TOPIC);
        this.publisher = publisher;
        this.localMember = hazelcast.getCluster().getLocalMember().getUuid();
        topic.addMessageListener(this::received);
    }

    @EventListener
    void publishedHere(ClusterEvent event) {
        if (relaying.get()) {
            return;
        }
        topic.publish(event);
    }

    private void received(Message<ClusterEvent> message) {
        if (message.getPublishingMember() != null && localMember.equals(message.getPublishingMember().getUuid())) {
            return;
        }
        relaying.set(true);
        try {
            publisher.publishEvent(message.getMessageObject());
        } catch (RuntimeException e) {
            log.warn("A listener failed on a relayed {}", message.getMessageObject().getClass().getSimpleName(), e);
        } finally {
            relaying.set(false);
        }
    }
}
