package app.jointly.shared;

import java.io.Serializable;

/**
 * Marks an application event that open views on every node must hear about (a vote tally, a proposal's new
 * status). The infra module re-publishes such events on every other cluster member as ordinary Spring events,
 * so listeners see local and remote ones alike. Implementations must be serializable records.
 */
public interface ClusterEvent extends Serializable {
}
