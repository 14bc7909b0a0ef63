package app.jointly.collab.internal;

import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The cluster structures of co-editing: the authority map (one entry per text, kept as objects so entry processors
 * work on them in place, one synchronous backup, dropped after an idle hour since MongoDB can rebuild it) and the
 * topics that fan updates and presence out to every node.
 */
@Component
public class CollabCluster {

    static final String DOCS = "collab-docs";
    static final String UPDATES_TOPIC = "collab-updates";
    static final String PRESENCE_TOPIC = "collab-presence";

    private final HazelcastInstance hazelcast;
    private final IMap<String, DocState> docs;

    CollabCluster(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        hazelcast.getConfig().addMapConfig(new MapConfig(DOCS)
                .setInMemoryFormat(InMemoryFormat.OBJECT)
                .setBackupCount(1)
                .setMaxIdleSeconds(3600));
        this.docs = hazelcast.getMap(DOCS);
    }

    public IMap<String, DocState> docs() {
        return docs;
    }

    public ITopic<PublishedUpdates> updatesTopic() {
        return hazelcast.getTopic(UPDATES_TOPIC);
    }

    public ITopic<PresenceMessage> presenceTopic() {
        return hazelcast.getTopic(PRESENCE_TOPIC);
    }

    public UUID localMember() {
        return hazelcast.getCluster().getLocalMember().getUuid();
    }

    HazelcastInstance hazelcast() {
        return hazelcast;
    }
}
