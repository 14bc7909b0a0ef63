package app.jointly.decision.ui;

import app.jointly.decision.DecisionId;
import app.jointly.decision.DecisionLinks;
import app.jointly.decision.DecisionService;
import app.jointly.decision.NewDecision;
import app.jointly.decision.NewFollowUp;
import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * "Log a decision" in one short form, for teams that do not run formal proposals: what, why, who concurred,
 * tags, follow-ups, and (for a correction) the entry number it supersedes.
 */
class QuickLogForm extends Details {

    private record FollowUpRow(TextField description, TextField owner, DatePicker due) {
    }

    QuickLogForm(DecisionService decisions, WorkspaceView workspace, UserId me, Runnable logged) {
        setSummaryText("Log a decision");
        setOpened(true);
        TextArea decision = new TextArea("Decision");
        decision.setMaxLength(NewDecision.MAX_DECISION);
        decision.setRequired(true);
        TextArea rationale = new TextArea("Rationale");
        rationale.setMaxLength(NewDecision.MAX_RATIONALE);
        CheckboxGroup<Party> parties = new CheckboxGroup<>("Concurring parties");
        parties.setItems(workspace.parties());
        parties.setItemLabelGenerator(Party::name);
        TextField people = new TextField("Concurring people (comma-separated)");
        people.setMaxLength(3000);
        DatePicker decidedOn = new DatePicker("Decided on (empty: today)");
        TextField tags = new TextField("Tags (comma-separated)");
        tags.setMaxLength(450);
        TextField supersedes = new TextField("Corrects entry id (optional)");
        supersedes.setMaxLength(64);
        supersedes.setHelperText("A correction is a new entry; the earlier one stays, marked as superseded.");
        TextField voteLink = new TextField("Linked vote id (optional)");
        voteLink.setMaxLength(64);
        Div followUps = new Div();
        List<FollowUpRow> rows = new ArrayList<>();
        Button addFollowUp = new Button("Add follow-up", e -> {
            if (rows.size() >= NewDecision.MAX_FOLLOW_UPS) {
                Notifications.error("At most " + NewDecision.MAX_FOLLOW_UPS + " follow-ups.");
                return;
            }
            FollowUpRow row = new FollowUpRow(new TextField("Follow-up"), new TextField("Owner"),
                    new DatePicker("Due"));
            row.description().setMaxLength(NewFollowUp.MAX_DESCRIPTION);
            row.owner().setMaxLength(NewFollowUp.MAX_OWNER);
            rows.add(row);
            followUps.add(new HorizontalLayout(row.description(), row.owner(), row.due()));
        });
        Button save = new Button("Log decision", e -> Notifications.attempt(() -> {
            List<NewFollowUp> actions = rows.stream().filter(r -> !r.description().isEmpty())
                    .map(r -> new NewFollowUp(r.description().getValue(), r.owner().getValue(), r.due().getValue()))
                    .toList();
            NewDecision spec = new NewDecision(decision.getValue(), rationale.getValue(),
                    parties.getValue().stream().map(Party::id).toList(), split(people.getValue()),
                    decidedOn.getValue(), new DecisionLinks(null, null, voteLink.getValue()), split(tags.getValue()),
                    actions, supersedes.isEmpty() ? null : new DecisionId(supersedes.getValue().strip()));
            var entry = decisions.record(workspace.id(), me, spec);
            Notifications.success("Logged as entry #" + entry.entry().seq() + ".");
            decision.clear();
            rationale.clear();
            people.clear();
            tags.clear();
            supersedes.clear();
            voteLink.clear();
            rows.clear();
            followUps.removeAll();
            logged.run();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(decision, rationale, parties, people, decidedOn, tags, supersedes, voteLink);
        add(form, followUps, new HorizontalLayout(addFollowUp, save));
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
