package app.jointly.decision.internal;

import app.jointly.decision.Checkpoint;
import app.jointly.decision.DecisionEntry;
import app.jointly.decision.FollowUp;
import app.jointly.decision.LoggedDecision;
import app.jointly.decision.VerifyReport;
import app.jointly.shared.PartyId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * CSV and Markdown renderings of the log. CSV follows RFC 4180 (every field quoted, quotes doubled, CRLF rows)
 * and neutralises spreadsheet formulas: a cell starting with =, +, -, @, tab or carriage return gets a leading
 * apostrophe so that a spreadsheet shows it as text instead of running it. Both carry the whole log's head
 * ({@code SEQ:HASH}, in CSV as the last column of every row) so that whoever keeps an export holds a checkpoint.
 */
public final class DecisionExport {

    private static final String[] HEADER = {"seq", "decided_on", "decision", "rationale", "concurring_parties",
            "concurring_people", "tags", "proposal", "tentative_agreement", "vote", "supersedes", "superseded_by",
            "follow_ups", "source", "recorded_at", "hash", "log_head"};

    private DecisionExport() {
    }

    public static String csv(List<LoggedDecision> entries, Map<PartyId, String> partyNames, Checkpoint head) {
        StringBuilder out = new StringBuilder();
        row(out, List.of(HEADER));
        for (LoggedDecision logged : entries) {
            DecisionEntry e = logged.entry();
            row(out, List.of(Long.toString(e.seq()), e.decidedOn().toString(), e.decision(), e.rationale(),
                    parties(e, partyNames), String.join("; ", e.concurringPeople()), String.join("; ", e.tags()),
                    nz(e.links().proposalId()), nz(e.links().taRef()), nz(e.links().voteId()),
                    e.supersedes() == null ? "" : e.supersedes().value(),
                    logged.supersededBySeq().stream().map(s -> "#" + s).collect(Collectors.joining("; ")),
                    followUps(logged), e.source(), e.recordedAt().toString(), e.hash(), head.toString()));
        }
        return out.toString();
    }

    public static String markdown(List<LoggedDecision> entries, Map<PartyId, String> partyNames, VerifyReport head) {
        StringBuilder out = new StringBuilder("# Decision log\n\n");
        out.append("Log head (checkpoint): `").append(head.head()).append("` · ")
                .append(head.intact() ? "verified intact" : "NOT intact: " + md(head.problem())).append("\n\n");
        for (LoggedDecision logged : entries) {
            DecisionEntry e = logged.entry();
            out.append("## #").append(e.seq()).append(" · ").append(e.decidedOn());
            if (logged.superseded()) {
                out.append(" (superseded by ").append(logged.supersededBySeq().stream().map(s -> "#" + s)
                        .collect(Collectors.joining(", "))).append(')');
            }
            out.append("\n\n").append(md(e.decision())).append("\n\n");
            bullet(out, "Rationale", e.rationale());
            bullet(out, "Concurring parties", parties(e, partyNames));
            bullet(out, "Concurring people", String.join(", ", e.concurringPeople()));
            bullet(out, "Tags", String.join(", ", e.tags()));
            bullet(out, "Proposal", nz(e.links().proposalId()));
            bullet(out, "Tentative agreement", nz(e.links().taRef()));
            bullet(out, "Vote", nz(e.links().voteId()));
            bullet(out, "Supersedes", e.supersedes() == null ? "" : e.supersedes().value());
            for (FollowUp f : e.followUps()) {
                out.append("- [").append(logged.done(f.id()) ? 'x' : ' ').append("] ").append(md(f.description()))
                        .append(f.owner().isEmpty() ? "" : " (owner: " + md(f.owner()) + ")")
                        .append(f.due() == null ? "" : " due " + f.due()).append('\n');
            }
            out.append("- Hash: `").append(e.hash()).append("`\n\n");
        }
        return out.toString();
    }

    /** One CSV field, quoted, with formula neutralisation. */
    static String cell(String value) {
        String v = Objects.requireNonNullElse(value, "");
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    /** Markdown text with its markup characters escaped, so logged text cannot inject links, HTML or layout. */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if ("\\`*_{}[]()<>#+-.!|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(DecisionExport::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static void bullet(StringBuilder out, String label, String value) {
        if (value != null && !value.isEmpty()) {
            out.append("- ").append(label).append(": ").append(md(value)).append('\n');
        }
    }

    private static String parties(DecisionEntry e, Map<PartyId, String> names) {
        List<String> out = new ArrayList<>();
        e.concurringParties().forEach(p -> out.add(names.getOrDefault(p, p.value())));
        return String.join("; ", out);
    }

    private static String followUps(LoggedDecision logged) {
        return logged.entry().followUps().stream().map(f -> (logged.done(f.id()) ? "[done] " : "[open] ")
                + f.description() + (f.owner().isEmpty() ? "" : " (" + f.owner() + ")")
                + (f.due() == null ? "" : " due " + f.due())).collect(Collectors.joining("; "));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
