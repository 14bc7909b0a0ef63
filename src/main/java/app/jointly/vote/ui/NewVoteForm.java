package app.jointly.vote.ui;

import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.vote.Electorate;
import app.jointly.vote.Fraction;
import app.jointly.vote.NewVote;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteMethod;
import app.jointly.vote.VoteService;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Setting up a vote: question, method and its parameters, electorate, optional times (UTC). */
class NewVoteForm extends Details {

    /** Stands for "no party" in the selector (a Select cannot hold null items). */
    private static final Party WHOLE_WORKSPACE = new Party(new app.jointly.shared.PartyId("whole-workspace"),
            "The whole workspace");

    NewVoteForm(VoteService votes, WorkspaceView workspace, Membership mine, UserId me, Consumer<Vote> created) {
        setSummaryText("Set up a new vote");
        TextField question = new TextField("Question");
        question.setMaxLength(NewVote.MAX_QUESTION);
        question.setRequired(true);
        TextArea details = new TextArea("Details (optional)");
        details.setMaxLength(NewVote.MAX_DETAILS);
        Select<VoteMethod> method = new Select<>();
        method.setLabel("Method");
        method.setItems(VoteMethod.values());
        method.setItemLabelGenerator(m -> switch (m) {
            case CONSENSUS -> "Consensus check (fist-to-five)";
            case MAJORITY -> "Majority";
            case SUPERMAJORITY -> "Supermajority";
            case PER_PARTY_CONCURRENCE -> "Per-party concurrence";
            case RATIFICATION -> "Ratification ballot (one party)";
        });
        method.setValue(VoteMethod.CONSENSUS);
        Select<Party> party = new Select<>();
        party.setLabel("Who votes");
        List<Party> choices = new ArrayList<>();
        choices.add(WHOLE_WORKSPACE);
        workspace.parties().stream().filter(p -> mine.role() == Role.OWNER || mine.inParty(p.id()))
                .forEach(choices::add);
        party.setItems(choices);
        party.setEmptySelectionAllowed(false);
        party.setItemLabelGenerator(p -> p == WHOLE_WORKSPACE ? p.name() : "Members of " + p.name());
        party.setValue(WHOLE_WORKSPACE);
        IntegerField threshold = new IntegerField("Consensus threshold (nobody below)");
        threshold.setMin(1);
        threshold.setMax(5);
        threshold.setValue(NewVote.DEFAULT_THRESHOLD);
        threshold.setStepButtonsVisible(true);
        TextField fraction = new TextField("Supermajority (e.g. 2/3)");
        fraction.setValue("2/3");
        fraction.setMaxLength(7);
        IntegerField quorum = new IntegerField("Quorum (% of electorate taking part)");
        quorum.setMin(0);
        quorum.setMax(100);
        quorum.setValue(0);
        Checkbox secret = new Checkbox("Secret ballot (cast once, cannot be changed; counts hidden until close)");
        DateTimePicker opensAt = new DateTimePicker("Opens at (UTC, optional)");
        DateTimePicker closesAt = new DateTimePicker("Closes at (UTC, optional)");
        Runnable adapt = () -> {
            VoteMethod m = method.getValue();
            threshold.setVisible(m == VoteMethod.CONSENSUS);
            fraction.setVisible(m == VoteMethod.SUPERMAJORITY);
            secret.setVisible(m == VoteMethod.RATIFICATION);
            party.setVisible(m != VoteMethod.PER_PARTY_CONCURRENCE);
        };
        method.addValueChangeListener(e -> adapt.run());
        adapt.run();

        Button create = new Button("Create vote", e -> Notifications.attempt(() -> {
            VoteMethod m = method.getValue();
            Party p = party.getValue() == WHOLE_WORKSPACE || m == VoteMethod.PER_PARTY_CONCURRENCE ? null
                    : party.getValue();
            NewVote spec = new NewVote(question.getValue(), details.getValue(), m,
                    p == null ? Electorate.WORKSPACE : Electorate.PARTY, p == null ? null : p.id(),
                    Optional.ofNullable(threshold.getValue()).orElse(0),
                    m == VoteMethod.SUPERMAJORITY ? Fraction.parse(fraction.getValue()) : null,
                    Optional.ofNullable(quorum.getValue()).orElse(0), secret.getValue() && m == VoteMethod.RATIFICATION,
                    utc(opensAt.getValue()), utc(closesAt.getValue()), null);
            created.accept(votes.create(workspace.id(), me, spec));
        }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(question, method, party, threshold, fraction, quorum, secret, opensAt,
                closesAt, details, create);
        form.setColspan(question, 2);
        form.setColspan(details, 2);
        add(form);
    }

    private static java.time.Instant utc(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
