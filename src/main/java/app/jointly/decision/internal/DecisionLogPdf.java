package app.jointly.decision.internal;

import app.jointly.decision.DecisionFilter;
import app.jointly.decision.DecisionService;
import app.jointly.decision.DecisionService.ExportFormat;
import app.jointly.document.PdfPrinter;
import app.jointly.document.SafeMarkdown;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import org.springframework.stereotype.Component;

/**
 * The (filtered) decision log as a print-ready PDF: the same escaped Markdown as the Markdown export, rendered to
 * safe HTML and printed by the document module's {@link PdfPrinter}, so the PDF never says more than the log does.
 */
@Component
class DecisionLogPdf {

    private final DecisionService decisions;
    private final SafeMarkdown markdown;
    private final PdfPrinter printer;

    DecisionLogPdf(DecisionService decisions, SafeMarkdown markdown, PdfPrinter printer) {
        this.decisions = decisions;
        this.markdown = markdown;
        this.printer = printer;
    }

    byte[] print(WorkspaceId workspace, UserId actor, DecisionFilter filter) {
        String log = decisions.export(workspace, actor, filter, ExportFormat.MARKDOWN);
        return printer.print("Decision log", markdown.toHtml(log));
    }
}
