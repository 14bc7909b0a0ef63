package app.jointly.proposal.ui;

import app.jointly.proposal.ProposalStatus;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A status shown as icon and words (never colour alone); the colour theme only adds to it. */
class StatusBadge extends Span {

    StatusBadge(ProposalStatus status) {
        Icon icon = icon(status).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.addClassName("proposal-status-icon");
        add(icon, new Span(status.label()));
        addClassName("proposal-status");
        addClassName("proposal-status-" + status.wireName().replace('_', '-'));
        getElement().getThemeList().add("badge " + theme(status));
        getElement().setAttribute("data-status", status.wireName());
    }

    private static VaadinIcon icon(ProposalStatus status) {
        return switch (status) {
            case DRAFT -> VaadinIcon.EDIT;
            case PRESENTED -> VaadinIcon.ARROW_FORWARD;
            case COUNTERED -> VaadinIcon.EXCHANGE;
            case REJECTED -> VaadinIcon.CLOSE_CIRCLE;
            case WITHDRAWN -> VaadinIcon.ARROW_BACKWARD;
            case TENTATIVELY_AGREED -> VaadinIcon.CHECK_CIRCLE;
            case REOPENED -> VaadinIcon.REFRESH;
            case RATIFIED -> VaadinIcon.DIPLOMA;
        };
    }

    private static String theme(ProposalStatus status) {
        return switch (status) {
            case TENTATIVELY_AGREED, RATIFIED -> "success";
            case REJECTED -> "error";
            case DRAFT, WITHDRAWN -> "contrast";
            default -> "";
        };
    }
}
