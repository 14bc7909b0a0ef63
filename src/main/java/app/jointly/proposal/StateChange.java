package app.jointly.proposal;

import app.jointly.shared.UserId;
import java.time.Instant;

/** One public step in a proposal's life: from which status to which, by whom, when. */
public record StateChange(ProposalStatus from, ProposalStatus to, UserId by, String byName, Instant at) {
}
