package app.jointly.decision.ui;

import app.jointly.decision.Checkpoint;
import app.jointly.decision.DecisionEntry;
import app.jointly.decision.DecisionService;
import app.jointly.decision.FollowUp;
import app.jointly.decision.LoggedDecision;
import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;

/** One entry: what, why, who, links, follow-ups (tick boxes for editors) and its supersession, all in words. */
class DecisionCard extends Div {

    /** @param head the whole log's head when the page was built, shown on every card as a checkpoint to keep */
    DecisionCard(LoggedDecision logged, WorkspaceView workspace, boolean editor, DecisionService decisions, UserId me,
            Checkpoint head) {
        DecisionEntry e = logged.entry();
        addClassName("jointly-decision");
        getElement().setAttribute("role", "article");
        getStyle().set("border-left", "4px solid var(--lumo-contrast-20pct)").set("padding-left", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-l)");
        H3 heading = new H3("#" + e.seq() + " · " + e.decidedOn());
        add(heading);
        if (logged.superseded()) {
            addClassName("jointly-superseded");
            getStyle().set("border-left-style", "dashed").set("color", "var(--lumo-secondary-text-color)");
            Span badge = new Span("Superseded by " + logged.supersededBySeq().stream().map(s -> "#" + s)
                    .collect(Collectors.joining(", ")));
            badge.getElement().getThemeList().add("badge contrast");
            add(badge);
        }
        add(new Paragraph(e.decision()));
        line("Why", e.rationale());
        line("Concurred", concurred(e, workspace));
        line("Tags", String.join(", ", e.tags()));
        if (e.supersedes() != null) {
            line("Corrects entry", e.supersedes().value());
        }
        if (e.links().voteId() != null) {
            add(new Paragraph(new Span("Vote: "), new Anchor("workspaces/" + workspace.id().value() + "/votes/"
                    + e.links().voteId(), "open the vote")));
        }
        line("Proposal", e.links().proposalId());
        line("Tentative agreement", e.links().taRef());
        for (FollowUp f : e.followUps()) {
            String text = f.description() + (f.owner().isEmpty() ? "" : " (owner: " + f.owner() + ")")
                    + (f.due() == null ? "" : ", due " + f.due());
            Checkbox box = new Checkbox(text, logged.done(f.id()));
            box.setReadOnly(!editor);
            box.setHelperText(logged.done(f.id()) ? "Done" : "Open");
            box.addValueChangeListener(ev -> {
                if (ev.isFromClient() && Notifications.attempt(() -> decisions.markDone(e.id(), f.id(),
                        ev.getValue(), me))) {
                    box.setHelperText(ev.getValue() ? "Done" : "Open");
                }
            });
            add(box);
        }
        Paragraph meta = new Paragraph("Entry id " + e.id().value() + " · " + e.source()
                + " · recorded " + e.recordedAt() + " · checkpoint " + e.seq() + ":" + e.hash()
                + " · log head " + head);
        meta.addClassName("jointly-decision-meta");
        add(meta);
    }

    private void line(String label, String value) {
        if (value != null && !value.isBlank()) {
            add(new Paragraph(label + ": " + value));
        }
    }

    private static String concurred(DecisionEntry e, WorkspaceView workspace) {
        String parties = e.concurringParties().stream().map(p -> workspace.parties().stream()
                .filter(x -> x.id().equals(p)).map(Party::name).findFirst().orElse("a former party"))
                .collect(Collectors.joining(", "));
        String people = String.join(", ", e.concurringPeople());
        return parties.isEmpty() ? people : people.isEmpty() ? parties : parties + "; " + people;
    }
}
