package app.jointly.vote.ui;

import app.jointly.vote.CastBallot;
import app.jointly.vote.Outcome;
import app.jointly.vote.PartyTally;
import app.jointly.vote.Tally;
import app.jointly.vote.Vote;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Map;

/** Turnout, counts (as numbers, the bars only repeat them), per-party counts, the result and open ballots. */
class TallyPanel extends Div {

    TallyPanel(Vote vote, Tally tally, List<CastBallot> ballots, Map<String, String> names,
               Map<String, String> partyNames) {
        add(new H3(vote.isClosed() ? "Result" : "Live tally"));
        if (vote.isClosed() && vote.result() != null) {
            boolean passed = vote.result().outcome() == Outcome.PASSED;
            add(new Paragraph((passed ? "✓ Passed. " : "✗ Failed. ") + vote.result().explanation()));
            if (vote.result().uncounted() > 0) {
                add(new Paragraph("Warning: " + vote.result().uncounted()
                        + " secret ballot(s) were recorded as cast but not counted."));
            }
        }
        add(new Paragraph("Turnout: " + tally.turnout() + " of " + tally.electorateSize() + " eligible."));
        if (tally.countsHidden()) {
            add(new Paragraph("Secret ballot: the counts stay hidden until voting closes."));
            return;
        }
        add(counts(vote, tally.counts(), tally.turnout()));
        for (PartyTally party : tally.parties()) {
            add(new Paragraph(partyNames.getOrDefault(party.party().value(), "Party") + ": " + party.turnout()
                    + " of " + party.electorateSize() + " voted"), counts(vote, party.counts(), party.turnout()));
        }
        if (!ballots.isEmpty()) {
            add(new H3("Ballots"));
            UnorderedList list = new UnorderedList();
            for (CastBallot b : ballots) {
                list.add(new ListItem(names.getOrDefault(b.voter().value(), "A former member") + ": "
                        + VoteText.choiceLabel(b.choice()) + (b.reason() == null ? "" : " (" + b.reason() + ")")));
            }
            add(list);
        }
    }

    private static Div counts(Vote vote, Map<String, Long> counts, long turnout) {
        Div out = new Div();
        for (String choice : vote.method().choices()) {
            long n = counts.getOrDefault(choice, 0L);
            NativeLabel label = new NativeLabel(VoteText.choiceLabel(choice) + ": " + n);
            ProgressBar bar = new ProgressBar(0, Math.max(1, turnout), n);
            bar.getElement().setAttribute("aria-label", VoteText.choiceLabel(choice) + ": " + n + " of " + turnout);
            out.add(new Div(label, bar));
        }
        return out;
    }
}
