package app.jointly.decision.ui;

import app.jointly.decision.DecisionService;
import app.jointly.decision.VerifyReport;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** "Verify log": recomputes the hash chain and says in words whether it is intact or where it breaks. */
class VerifyPanel extends Div {

    VerifyPanel(DecisionService decisions, WorkspaceId workspace, UserId me) {
        Paragraph result = new Paragraph();
        result.getElement().setAttribute("role", "status");
        Button verify = new Button("Verify log", e -> {
            VerifyReport report = decisions.verify(workspace, me);
            result.removeClassNames("jointly-verify-ok", "jointly-verify-bad");
            if (report.intact()) {
                result.setText("✓ Intact: all " + report.entriesChecked() + " entries match their hashes. Latest hash: "
                        + report.headHash());
                result.addClassName("jointly-verify-ok");
            } else {
                result.setText("✗ Broken at entry #" + report.firstBadSeq() + ": " + report.problem() + " ("
                        + report.entriesChecked() + " entries before it are intact.)");
                result.addClassName("jointly-verify-bad");
            }
        });
        add(verify, result);
    }
}
