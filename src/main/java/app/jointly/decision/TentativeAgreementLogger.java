package app.jointly.decision;

import app.jointly.document.DocumentDirectory;
import app.jointly.document.SectionLocation;
import app.jointly.proposal.SignOff;
import app.jointly.proposal.TentativeAgreementReached;
import app.jointly.shared.PartyId;
import app.jointly.workspace.Party;
import app.jointly.workspace.WorkspaceAccess;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs every tentative agreement: which article, which parties' leads initialled it, with a link to the proposal.
 * The origin "ta:&lt;proposalId&gt;:&lt;millis&gt;" is unique per workspace, so an event delivered twice (or on
 * several nodes) gives one entry, and a TA reached again after a reopen gives a new one. The event comes from the
 * proposal's outbox; a failure here is thrown so that it stays pending and is retried.
 */
@Component
class TentativeAgreementLogger {

    private static final Logger log = LoggerFactory.getLogger(TentativeAgreementLogger.class);
    private static final int MAX_HEADING = 200;

    private final DecisionService decisions;
    private final DocumentDirectory documents;
    private final WorkspaceAccess access;

    TentativeAgreementLogger(DecisionService decisions, DocumentDirectory documents, WorkspaceAccess access) {
        this.decisions = decisions;
        this.documents = documents;
        this.access = access;
    }

    @EventListener
    void on(TentativeAgreementReached ta) {
        String ref = ta.proposalId().value() + ":" + ta.at().toEpochMilli();
        DecisionEntry entry = decisions.appendAutomatic(ta.workspaceId(), "ta:" + ref, "ta",
                decisionText(ta), "Text SHA-256 " + ta.textHash() + ".",
                ta.signers().stream().map(SignOff::party).distinct().toList(), ta.at(),
                new DecisionLinks(ta.proposalId().value(), ref, null), List.of("ta"));
        log.info("Logged the tentative agreement on proposal {} as decision #{}", ta.proposalId(), entry.seq());
    }

    private String decisionText(TentativeAgreementReached ta) {
        String article = documents.locateSection(ta.sectionId()).map(SectionLocation::heading)
                .filter(h -> h != null && !h.isBlank())
                .map(h -> h.length() > MAX_HEADING ? h.substring(0, MAX_HEADING) + "…" : h)
                .orElse("section " + ta.sectionId().value());
        Map<PartyId, String> parties = access.parties(ta.workspaceId()).stream()
                .collect(Collectors.toMap(Party::id, Party::name, (a, b) -> a));
        String signers = ta.signers().stream()
                .map(s -> parties.getOrDefault(s.party(), "a party") + " (" + s.name() + ")")
                .collect(Collectors.joining(", "));
        return "Tentative agreement on \"" + article + "\", signed off by " + signers + ".";
    }
}
