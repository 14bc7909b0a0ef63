package app.jointly.infra;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every node is an embedded Hazelcast member. Alone by default; with {@code jointly.cluster.members} it joins
 * those members by TCP/IP (no multicast, no auto-detection, no phone-home).
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    HazelcastInstance hazelcastInstance(JointlyProperties properties) {
        Config config = memberConfig(properties.cluster());
        HazelcastInstance instance = Hazelcast.newHazelcastInstance(config);
        log.info("Cluster member {} up; cluster has {} member(s)",
                instance.getCluster().getLocalMember().getAddress(), instance.getCluster().getMembers().size());
        return instance;
    }

    static Config memberConfig(JointlyProperties.Cluster cluster) {
        Config config = new Config();
        config.setClusterName(cluster.name());
        config.setInstanceName("jointly-" + cluster.port());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.local.localAddress", cluster.host());
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(cluster.port()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(false);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        List<String> members = cluster.members().stream().map(String::trim).filter(m -> !m.isEmpty()).toList();
        join.getTcpIpConfig().setEnabled(true).setMembers(members);
        return config;
    }
}
