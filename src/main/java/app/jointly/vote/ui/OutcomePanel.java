package app.jointly.vote.ui;

import app.jointly.shared.UserId;
import app.jointly.ui.Notifications;
import app.jointly.vote.OutcomeStatement;
import app.jointly.vote.Vote;
import app.jointly.vote.VoteOutcomeStatements;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * A closed vote's outcome statement, shown with the result; its creator writes (or rewords) it here, and each
 * wording is logged in the decision log.
 */
class OutcomePanel extends Div {

    OutcomePanel(VoteOutcomeStatements statements, Vote vote, OutcomeStatement current, UserId me,
                 Runnable changed) {
        add(new H3("Outcome statement"));
        add(new Paragraph(current == null ? "The vote's creator has not stated the outcome yet."
                : current.statement()));
        if (!vote.createdBy().equals(me)) {
            return;
        }
        TextArea text = new TextArea(current == null ? "State the outcome" : "Reword the outcome");
        text.setMaxLength(VoteOutcomeStatements.MAX_STATEMENT);
        text.setWidthFull();
        text.setHelperText("Shown with the result and recorded in the decision log.");
        Button save = new Button("Save statement", e -> {
            if (Notifications.attempt(() -> statements.state(vote.id(), me, text.getValue()))) {
                Notifications.success("Outcome stated and logged.");
                changed.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, save);
    }
}
