package app.jointly.decision.ui;

import app.jointly.decision.Checkpoint;
import app.jointly.decision.DecisionService;
import app.jointly.decision.LogCheckpoint;
import app.jointly.decision.VerifyReport;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * "Verify log": recomputes the hash chain and says in words whether it is intact or where it breaks. It shows
 * the log's head as a checkpoint to keep outside Jointly (also as a file to download), and checks an earlier
 * checkpoint, pasted or uploaded: only such a checkpoint reveals that the newest entries were removed.
 */
class VerifyPanel extends Div {

    private final DecisionService decisions;
    private final WorkspaceId workspace;
    private final UserId me;
    private final Paragraph head = new Paragraph();
    private final Paragraph result = new Paragraph();
    private final TextField checkpoint = new TextField("Earlier checkpoint (optional)");

    VerifyPanel(DecisionService decisions, WorkspaceId workspace, UserId me, String workspaceName, String username) {
        this.decisions = decisions;
        this.workspace = workspace;
        this.me = me;
        head.addClassName("jointly-decision-head");
        result.getElement().setAttribute("role", "status");
        checkpoint.setPlaceholder("SEQ:HASH, e.g. from a checkpoint file or an export");
        checkpoint.setMaxLength(Checkpoint.MAX_FILE);
        checkpoint.setWidth("40em");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                checkpoint.setValue(Checkpoint.findIn(new String(bytes, StandardCharsets.UTF_8))
                        .map(Checkpoint::toString).orElse("(no checkpoint found in " + metadata.fileName() + ")"))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Checkpoint.MAX_FILE);
        upload.setAcceptedFileTypes(".txt", ".json", "text/plain", "application/json");
        upload.setUploadButton(new Button("Upload checkpoint file"));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            LogCheckpoint taken = decisions.checkpoint(workspace, me);
            byte[] body = CheckpointFile.text(taken, workspaceName, username).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(body), CheckpointFile.name(taken),
                    "text/plain; charset=utf-8", body.length);
        }), "Download checkpoint");
        download.setDownload(true);
        HorizontalLayout verifyRow = new HorizontalLayout(checkpoint, upload, new Button("Verify log", e -> verify()));
        verifyRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(new HorizontalLayout(head, download), verifyRow, result);
        showHead(decisions.verify(workspace, me));
    }

    private void verify() {
        String pasted = checkpoint.getValue().strip();
        Optional<Checkpoint> given = pasted.isEmpty() ? Optional.empty() : Checkpoint.findIn(pasted);
        result.removeClassNames("jointly-verify-ok", "jointly-verify-bad");
        if (!pasted.isEmpty() && given.isEmpty()) {
            result.setText("✗ That is not a checkpoint: it is written SEQ:HASH (a number, a colon, 64 hexadecimal "
                    + "digits), as in a checkpoint file.");
            result.addClassName("jointly-verify-bad");
            return;
        }
        VerifyReport report = decisions.verify(workspace, me, given.orElse(null));
        showHead(report);
        result.setText(describe(report, given.orElse(null)));
        result.addClassName(report.intact() ? "jointly-verify-ok" : "jointly-verify-bad");
    }

    static String describe(VerifyReport report, Checkpoint given) {
        String found = given == null ? ""
                : Boolean.TRUE.equals(report.checkpointFound())
                ? " The checkpoint #" + given.seq() + " is still in the log, unchanged."
                : " ✗ The checkpoint #" + given.seq() + " is NOT in the log any more: entries were removed or "
                        + "rewritten after it was taken (the log now ends at #" + report.headSeq() + ").";
        if (report.intact()) {
            return "✓ Intact: all " + report.entriesChecked() + " entries match their hashes." + found;
        }
        String chain = report.firstBadSeq() == null ? "The entries that are there match their hashes."
                : "Broken at entry #" + report.firstBadSeq() + ": " + report.problem() + " ("
                        + report.entriesChecked() + " entries before it are intact.)";
        return "✗ " + chain + found;
    }

    private void showHead(VerifyReport report) {
        head.setText("Log head, to keep as a checkpoint: " + report.head());
    }
}
