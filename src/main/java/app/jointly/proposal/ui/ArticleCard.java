package app.jointly.proposal.ui;

import app.jointly.proposal.BargainingTable;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/** One article at the table: its heading, whether it is open, and its chain of proposals and counters. */
class ArticleCard extends Section {

    ArticleCard(BargainingTable.Article article, WorkspaceId workspace, Membership viewer, ProposalLabels labels,
            Consumer<BargainingTable.Article> onPropose) {
        addClassName("article-card");
        getElement().setAttribute("data-section-id", article.sectionId().value());
        H3 heading = new H3(article.heading());
        add(heading);
        if (article.open()) {
            Span open = new Span("Open: waiting for an answer");
            open.addClassName("article-open");
            add(open);
        }
        if (article.proposals().isEmpty()) {
            add(new Paragraph("No proposals yet."));
        } else {
            OrderedList chain = new OrderedList();
            chain.getElement().setAttribute("aria-label", "Proposals for " + article.heading());
            article.proposals().forEach(p -> chain.add(new ListItem(ProposalLink.to(workspace, p, labels))));
            add(chain);
        }
        if (viewer.partyId().isPresent() && viewer.role().canEdit()) {
            Button propose = new Button("Draft a proposal", VaadinIcon.PLUS.create(), e -> onPropose.accept(article));
            propose.getElement().setAttribute("aria-label", "Draft a proposal for " + article.heading());
            add(propose);
        }
    }
}
