package app.jointly.vote.ui;

import app.jointly.vote.Outcome;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteStatus;
import com.vaadin.flow.component.html.Span;

/** Words for vote states and methods: the status is always written out, colour only repeats it. */
final class VoteText {

    private VoteText() {
    }

    static Span statusBadge(Vote vote) {
        String text = vote.status().label();
        String theme = vote.status() == VoteStatus.OPEN ? "badge success" : "badge contrast";
        if (vote.isClosed() && vote.result() != null) {
            boolean passed = vote.result().outcome() == Outcome.PASSED;
            text = "Closed: " + (passed ? "passed ✓" : "failed ✗");
            theme = passed ? "badge success" : "badge error";
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    static String method(Vote vote) {
        return switch (vote.method()) {
            case CONSENSUS -> "Consensus check (fist-to-five, nobody below " + vote.consensusThreshold() + ")";
            case MAJORITY -> "Majority" + quorum(vote);
            case SUPERMAJORITY -> "Supermajority of " + vote.supermajority() + quorum(vote);
            case PER_PARTY_CONCURRENCE -> "Per-party concurrence (each party by its own majority)" + quorum(vote);
            case RATIFICATION -> (vote.secret() ? "Secret ratification ballot" : "Ratification ballot") + quorum(vote);
        };
    }

    static String choiceLabel(String choice) {
        return switch (choice) {
            case "yes" -> "Yes";
            case "no" -> "No";
            case "abstain" -> "Abstain";
            case "0" -> "0 – I block this";
            case "1" -> "1 – strong concerns";
            case "2" -> "2 – concerns to discuss";
            case "3" -> "3 – I can live with it";
            case "4" -> "4 – I support it";
            case "5" -> "5 – I fully support it";
            default -> choice;
        };
    }

    private static String quorum(Vote vote) {
        return vote.quorumPercent() > 0 ? ", quorum " + vote.quorumPercent() + "%" : "";
    }
}
