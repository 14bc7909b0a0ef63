package app.jointly.proposal;

import java.util.List;

/** The outcome of a state change: the proposal as it is now and the events it produced, in order. */
public record Transition(Proposal proposal, List<ProposalEvent> events) {

    public Transition {
        events = List.copyOf(events);
    }
}
