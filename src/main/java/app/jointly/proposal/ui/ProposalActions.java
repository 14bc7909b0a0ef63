package app.jointly.proposal.ui;

import app.jointly.proposal.NewProposal;
import app.jointly.proposal.ProposalDetails;
import app.jointly.proposal.ProposalService;
import app.jointly.proposal.ProposalStatus;
import app.jointly.proposal.ProposalView;
import app.jointly.shared.JointlyException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Optional;

/**
 * The buttons a viewer may use on a proposal. Shown by role and party for convenience only: the service decides,
 * and a refusal is shown as a notification.
 */
class ProposalActions extends HorizontalLayout {

    record Handler(ProposalService proposals, WorkspaceId workspace, UserId user, Runnable reload) {
    }

    private final Handler handler;

    ProposalActions(ProposalView p, Membership viewer, Handler handler) {
        this.handler = handler;
        setWrap(true);
        addClassName("proposal-actions");
        boolean ownParty = viewer.inParty(p.party());
        boolean lead = viewer.role() == Role.LEAD && viewer.partyId().isPresent();
        boolean signedByMine = p.signOffs().stream().anyMatch(s -> viewer.inParty(s.party()));
        boolean consentedByMine = p.reopenConsents().stream().anyMatch(s -> viewer.inParty(s.party()));
        ProposalStatus status = p.status();
        if (status == ProposalStatus.DRAFT && ownParty && viewer.role().canEdit()) {
            add(button("Edit draft", VaadinIcon.EDIT, () -> new DraftDialog("Edit draft", p.text(), p.rationale(),
                    (text, rationale) -> {
                        handler.proposals().edit(p.id(), handler.user(), text, rationale,
                                p.version().orElse(0));
                        handler.reload().run();
                    }).open()));
        }
        if (status == ProposalStatus.DRAFT && ownParty && lead) {
            add(primary(button("Present across the table", VaadinIcon.ARROW_FORWARD,
                    () -> act(() -> handler.proposals().present(p.id(), handler.user())))));
        }
        if (status == ProposalStatus.PRESENTED && !ownParty && viewer.partyId().isPresent()
                && viewer.role().canEdit()) {
            add(button("Counter", VaadinIcon.EXCHANGE, () -> counter(p)));
        }
        if (status == ProposalStatus.PRESENTED && !ownParty && lead) {
            add(button("Reject", VaadinIcon.CLOSE_CIRCLE,
                    () -> act(() -> handler.proposals().reject(p.id(), handler.user()))));
        }
        if (status == ProposalStatus.PRESENTED && lead && !signedByMine) {
            add(primary(button("Sign off for my party", VaadinIcon.CHECK,
                    () -> act(() -> handler.proposals().signOff(p.id(), handler.user())))));
        }
        if ((status == ProposalStatus.DRAFT || status == ProposalStatus.PRESENTED) && ownParty && lead) {
            add(button("Withdraw", VaadinIcon.ARROW_BACKWARD,
                    () -> act(() -> handler.proposals().withdraw(p.id(), handler.user()))));
        }
        if (status == ProposalStatus.TENTATIVELY_AGREED && lead && p.reopenConsents().isEmpty()) {
            add(button("Ask to reopen", VaadinIcon.REFRESH,
                    () -> act(() -> handler.proposals().requestReopen(p.id(), handler.user()))));
        }
        if (status == ProposalStatus.TENTATIVELY_AGREED && lead && !p.reopenConsents().isEmpty()
                && !consentedByMine) {
            add(button("Consent to reopen", VaadinIcon.REFRESH,
                    () -> act(() -> handler.proposals().consentToReopen(p.id(), handler.user()))));
        }
    }

    private void counter(ProposalView p) {
        new DraftDialog("Counterproposal", p.text(), "", (text, rationale) -> {
            ProposalDetails created = handler.proposals().create(handler.workspace(), handler.user(),
                    new NewProposal(Optional.empty(), text, rationale, Optional.of(p.id())));
            UI.getCurrent().navigate(ProposalLink.path(handler.workspace(), created.proposal().id()));
        }).open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            handler.reload().run();
        } catch (JointlyException e) {
            Notification.show(e.getMessage());
        }
    }

    private static Button button(String label, VaadinIcon icon, Runnable action) {
        return new Button(label, icon.create(), e -> action.run());
    }

    private static Button primary(Button button) {
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
