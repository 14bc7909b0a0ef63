package app.jointly.proposal.ui;

import app.jointly.shared.PartyId;
import app.jointly.workspace.Party;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Party names and dates as the proposal views print them. */
class ProposalLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Map<PartyId, String> parties;

    ProposalLabels(List<Party> parties) {
        this.parties = parties.stream().collect(Collectors.toMap(Party::id, Party::name, (a, b) -> a));
    }

    String party(PartyId id) {
        return parties.getOrDefault(id, "Unknown party");
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }
}
