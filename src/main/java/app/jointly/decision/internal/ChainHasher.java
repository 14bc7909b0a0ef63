package app.jointly.decision.internal;

import app.jointly.decision.DecisionEntry;
import app.jointly.decision.FollowUp;
import app.jointly.shared.PartyId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of a decision-log entry: SHA-256 over a canonical text of every field in a fixed order, each value
 * length-prefixed (so no choice of content can make two different entries serialise alike), ending with the
 * previous entry's hash. Times are in milliseconds, as MongoDB stores them.
 */
public final class ChainHasher {

    private ChainHasher() {
    }

    public static String hash(DecisionEntry e) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is not available", ex);
        }
    }

    static String canonical(DecisionEntry e) {
        StringBuilder out = new StringBuilder(512);
        field(out, "format", "jointly-decision-v1");
        field(out, "id", e.id().value());
        field(out, "workspace", e.workspaceId().value());
        field(out, "seq", Long.toString(e.seq()));
        field(out, "decision", e.decision());
        field(out, "rationale", e.rationale());
        list(out, "parties", e.concurringParties().stream().map(PartyId::value).toList());
        list(out, "people", e.concurringPeople());
        field(out, "decidedOn", e.decidedOn().toString());
        field(out, "proposal", e.links().proposalId());
        field(out, "ta", e.links().taRef());
        field(out, "vote", e.links().voteId());
        list(out, "tags", e.tags());
        field(out, "followUps", Integer.toString(e.followUps().size()));
        for (FollowUp f : e.followUps()) {
            field(out, "followUp.id", f.id());
            field(out, "followUp.description", f.description());
            field(out, "followUp.owner", f.owner());
            field(out, "followUp.due", f.due() == null ? null : f.due().toString());
        }
        field(out, "supersedes", e.supersedes() == null ? null : e.supersedes().value());
        field(out, "source", e.source());
        field(out, "recordedBy", e.recordedBy() == null ? null : e.recordedBy().value());
        field(out, "recordedAt", Long.toString(e.recordedAt().toEpochMilli()));
        field(out, "previousHash", e.previousHash());
        return out.toString();
    }

    private static void list(StringBuilder out, String name, List<String> values) {
        field(out, name, Integer.toString(values.size()));
        values.forEach(v -> field(out, name + "[]", v));
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name);
        if (value == null) {
            out.append("=-\n");
        } else {
            out.append('=').append(value.length()).append(':').append(value).append('\n');
        }
    }
}
