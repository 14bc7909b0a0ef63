package app.jointly.proposal.internal;

import app.jointly.identity.CurrentUser;
import app.jointly.proposal.ProposalId;
import app.jointly.shared.DocumentId;
import app.jointly.shared.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** PDFs of the bargaining table and of a tentative agreement (the TA form). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Proposals")
class ProposalPrintController {

    private final ProposalPrints prints;
    private final CurrentUser currentUser;

    ProposalPrintController(ProposalPrints prints, CurrentUser currentUser) {
        this.prints = prints;
        this.currentUser = currentUser;
    }

    @GetMapping("/documents/{docId}/table/export")
    @Operation(summary = "The bargaining table (status of every article) as PDF: format = pdf")
    ResponseEntity<byte[]> table(@PathVariable String docId, @RequestParam(defaultValue = "pdf") String format) {
        if (!"pdf".equalsIgnoreCase(format.trim())) {
            throw new InvalidInputException("unknown-format", "The bargaining table exports as pdf.");
        }
        return pdf("bargaining-table.pdf", prints.bargainingTable(new DocumentId(docId), currentUser.require().id()));
    }

    @GetMapping("/proposals/{id}/ta-form")
    @Operation(summary = "A tentative agreement as a TA form PDF: the text and every lead's name and sign-off time")
    ResponseEntity<byte[]> taForm(@PathVariable String id) {
        return pdf("tentative-agreement.pdf", prints.taForm(new ProposalId(id), currentUser.require().id()));
    }

    private static ResponseEntity<byte[]> pdf(String fileName, byte[] bytes) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(bytes);
    }
}
