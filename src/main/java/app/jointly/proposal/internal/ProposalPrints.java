package app.jointly.proposal.internal;

import app.jointly.document.PdfPrinter;
import app.jointly.document.SafeMarkdown;
import app.jointly.proposal.BargainingTable;
import app.jointly.proposal.BargainingTableService;
import app.jointly.proposal.ProposalId;
import app.jointly.proposal.ProposalService;
import app.jointly.proposal.ProposalStatus;
import app.jointly.proposal.ProposalSummary;
import app.jointly.proposal.ProposalView;
import app.jointly.proposal.SignOff;
import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Print-ready PDFs of the table: the bargaining table (where every article stands) and a tentative agreement's TA
 * form (the agreed text with every lead's name and sign-off time). Reads go through the module's services, so the
 * viewer's access applies; printing goes through the document module's {@link PdfPrinter}.
 */
@Component
class ProposalPrints {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final BargainingTableService tables;
    private final ProposalService proposals;
    private final SectionTexts sections;
    private final WorkspaceAccess workspaces;
    private final SafeMarkdown markdown;
    private final PdfPrinter printer;
    private final Clock clock;

    ProposalPrints(BargainingTableService tables, ProposalService proposals, SectionTexts sections,
                   WorkspaceAccess workspaces, SafeMarkdown markdown, PdfPrinter printer, Clock clock) {
        this.tables = tables;
        this.proposals = proposals;
        this.sections = sections;
        this.workspaces = workspaces;
        this.markdown = markdown;
        this.printer = printer;
        this.clock = clock;
    }

    byte[] bargainingTable(DocumentId document, UserId viewer) {
        BargainingTable table = tables.table(document, viewer);
        String title = sections.outline(document, viewer).title();
        Map<PartyId, String> parties = partyNames(table.workspaceId());
        StringBuilder html = new StringBuilder("<h1>Bargaining table</h1><p>").append(esc(title))
                .append(" · as of ").append(WHEN.format(clock.instant())).append("</p>")
                .append("<table><thead><tr><th>Article</th><th>Status</th><th>Proposals</th><th>Last move</th>")
                .append("</tr></thead><tbody>");
        for (BargainingTable.Article article : table.articles()) {
            html.append("<tr><td>").append(esc(article.heading())).append("</td><td>")
                    .append(esc(status(article, parties))).append("</td><td>").append(article.proposals().size())
                    .append("</td><td>").append(article.proposals().isEmpty() ? ""
                            : WHEN.format(article.proposals().getLast().updatedAt())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        return printer.print("Bargaining table: " + title, html.toString());
    }

    byte[] taForm(ProposalId id, UserId viewer) {
        ProposalView proposal = proposals.get(id, viewer).proposal();
        if (proposal.status() != ProposalStatus.TENTATIVELY_AGREED && proposal.status() != ProposalStatus.RATIFIED) {
            throw new ConflictException("not-agreed", "Only a tentatively agreed proposal has a TA form.");
        }
        String title = sections.outline(proposal.documentId(), viewer).title();
        String heading = sections.locate(proposal.sectionId()).map(SectionTexts.SectionRef::heading).orElse("");
        Map<PartyId, String> parties = partyNames(proposal.workspaceId());
        StringBuilder html = new StringBuilder("<h1>Tentative agreement</h1><p>").append(esc(title)).append("</p><h2>")
                .append(esc(heading)).append("</h2>").append(markdown.toHtml(proposal.text()))
                .append("<h3>Signed off</h3><table><thead><tr><th>Party</th><th>Lead</th><th>Signed off at</th>")
                .append("</tr></thead><tbody>");
        for (SignOff signOff : proposal.signOffs()) {
            html.append("<tr><td>").append(esc(parties.getOrDefault(signOff.party(), "")))
                    .append("</td><td>").append(esc(signOff.name())).append("</td><td>")
                    .append(WHEN.format(signOff.at())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        return printer.print("TA: " + heading, html.toString());
    }

    private String status(BargainingTable.Article article, Map<PartyId, String> parties) {
        if (article.proposals().isEmpty()) {
            return "No proposals";
        }
        ProposalSummary last = article.proposals().getLast();
        String by = parties.getOrDefault(last.party(), "");
        Instant at = last.presentedAt().orElse(last.updatedAt());
        return last.status().label() + (by.isEmpty() ? "" : " (" + by + ")")
                + (article.open() ? ": waiting for an answer since " + WHEN.format(at) : "");
    }

    private Map<PartyId, String> partyNames(WorkspaceId workspace) {
        return workspaces.parties(workspace).stream().collect(Collectors.toMap(Party::id, Party::name, (a, b) -> a));
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text);
    }
}
