package app.jointly.proposal.ui;

import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalSummary;
import app.jointly.shared.WorkspaceId;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

/** A proposal in a list: status badge, party, date, linking to its page. */
final class ProposalLink {

    private ProposalLink() {
    }

    static String path(WorkspaceId workspace, ProposalId id) {
        return "workspaces/" + workspace.value() + "/proposals/" + id.value();
    }

    static Anchor to(WorkspaceId workspace, ProposalSummary p, ProposalLabels labels) {
        String when = p.presentedAt().map(at -> "presented " + ProposalLabels.when(at))
                .orElse("draft, last edited " + ProposalLabels.when(p.updatedAt()));
        String counter = p.counters().isPresent() ? "Counter by " : "Proposal by ";
        Anchor link = new Anchor(path(workspace, p.id()));
        link.add(new StatusBadge(p.status()), new Span(" " + counter + labels.party(p.party()) + ", " + when));
        link.addClassName("proposal-link");
        link.getElement().setAttribute("data-proposal-id", p.id().value());
        return link;
    }
}
