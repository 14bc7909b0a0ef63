package app.jointly.decision.ui;

import app.jointly.decision.DecisionFilter;
import app.jointly.ui.Notifications;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Filters: decided between two dates, concurred by a party, tagged, follow-up status. */
class FilterBar extends HorizontalLayout {

    private static final String ANY = "any";

    FilterBar(WorkspaceView workspace, Consumer<DecisionFilter> apply) {
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        DatePicker from = new DatePicker("From");
        DatePicker to = new DatePicker("To");
        Select<String> party = new Select<>();
        party.setLabel("Party");
        List<String> partyIds = new ArrayList<>(List.of(ANY));
        workspace.parties().forEach(p -> partyIds.add(p.id().value()));
        party.setItems(partyIds);
        party.setItemLabelGenerator(id -> id.equals(ANY) ? "Any party" : workspace.parties().stream()
                .filter(p -> p.id().value().equals(id)).map(Party::name).findFirst().orElse(id));
        party.setValue(ANY);
        TextField tag = new TextField("Tag");
        tag.setMaxLength(40);
        Select<String> followUps = new Select<>();
        followUps.setLabel("Follow-ups");
        followUps.setItems(ANY, "open", "done", "none");
        followUps.setItemLabelGenerator(v -> switch (v) {
            case "open" -> "Some still open";
            case "done" -> "All done";
            case "none" -> "No follow-ups";
            default -> "Any";
        });
        followUps.setValue(ANY);
        Button filter = new Button("Filter", e -> Notifications.attempt(() -> apply.accept(new DecisionFilter(
                from.getValue(), to.getValue(),
                party.getValue().equals(ANY) ? null : new app.jointly.shared.PartyId(party.getValue()),
                tag.getValue(), DecisionFilter.FollowUps.fromWire(followUps.getValue())))));
        Button clear = new Button("Show all", e -> {
            from.clear();
            to.clear();
            party.setValue(ANY);
            tag.clear();
            followUps.setValue(ANY);
            apply.accept(DecisionFilter.ALL);
        });
        add(from, to, party, tag, followUps, filter, clear);
    }
}
