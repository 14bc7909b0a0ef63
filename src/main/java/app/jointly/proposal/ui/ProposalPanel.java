package app.jointly.proposal.ui;

import app.jointly.proposal.Caucus;
import app.jointly.proposal.ProposalDetails;
import app.jointly.proposal.ProposalRedline;
import app.jointly.proposal.ProposalView;
import app.jointly.document.Redline;
import app.jointly.proposal.SignOff;
import app.jointly.proposal.StateChange;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

/** The read-only part of a proposal page. Caucus data is shown only when the service handed it over. */
class ProposalPanel extends Div {

    ProposalPanel(ProposalDetails details, String heading, ProposalLabels labels, ProposalRedline redline) {
        ProposalView p = details.proposal();
        addClassName("proposal-panel");
        add(new H2((p.counters().isPresent() ? "Counterproposal" : "Proposal") + " for " + heading));
        add(new StatusBadge(p.status()));
        add(new Paragraph("Party: " + labels.party(p.party())
                + p.presentedAt().map(at -> ", presented " + ProposalLabels.when(at)).orElse(", not presented")));
        Div text = new Div();
        text.setText(p.text());
        text.addClassName("proposal-text");
        text.getStyle().set("white-space", "pre-wrap");
        add(new H3("Proposed text"), text);
        if (!p.rationale().isBlank()) {
            add(new H3("Rationale"), new Paragraph(p.rationale()));
        }
        add(redlineSection("Changes against the agreed text", redline.againstAgreed(), "redline-agreed"));
        redline.againstCountered().ifPresent(r -> add(redlineSection("Changes against the proposal it counters", r,
                "redline-countered")));
        if (!p.signOffs().isEmpty()) {
            add(list("Signed off", p.signOffs().stream().map(s -> signed(s, labels)).toList(), "sign-offs"));
        }
        if (!p.reopenConsents().isEmpty()) {
            add(list("Consented to reopen", p.reopenConsents().stream().map(s -> signed(s, labels)).toList(),
                    "reopen-consents"));
        }
        if (!p.history().isEmpty()) {
            add(list("History", p.history().stream().map(ProposalPanel::change).toList(), "history"));
        }
        details.caucus().ifPresent(this::caucus);
    }

    private static Section redlineSection(String title, Redline redline, String className) {
        Section section = new Section(new H3(title));
        section.addClassName(className);
        if (!redline.hasChanges()) {
            section.add(new Paragraph("No changes."));
        } else {
            Html html = new Html("<div class=\"redline\" style=\"white-space: pre-wrap\">" + redline.html()
                    + "</div>");
            section.add(html);
        }
        return section;
    }

    private static String signed(SignOff s, ProposalLabels labels) {
        return labels.party(s.party()) + ": " + s.name() + ", " + ProposalLabels.when(s.at());
    }

    private static String change(StateChange c) {
        return c.to().label() + " by " + c.byName() + ", " + ProposalLabels.when(c.at());
    }

    private void caucus(Caucus caucus) {
        Section section = list("Caucus only: drafting history",
                caucus.revisions().stream().map(r -> r.byName() + " edited, " + ProposalLabels.when(r.at())
                        + " (" + r.textLength() + " characters)").toList(), "caucus");
        section.addComponentAsFirst(new Paragraph("Only your party sees this; it stays behind when presented."));
        add(section);
    }

    private static Section list(String title, java.util.List<String> lines, String className) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        Section section = new Section(new H3(title), list);
        section.addClassName(className);
        return section;
    }
}
