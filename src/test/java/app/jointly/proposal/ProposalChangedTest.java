package app.jointly.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.DocumentId;
import app.jointly.shared.PartyId;
import app.jointly.shared.WorkspaceId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalChangedTest {

    static final PartyId DISTRICT = new PartyId("district");
    static final PartyId UNION = new PartyId("union");

    static ProposalChanged change(boolean caucusOnly) {
        return new ProposalChanged(new WorkspaceId("ws"), new DocumentId("doc"), new ProposalId("p"), DISTRICT,
                caucusOnly);
    }

    @Test
    void aCaucusNoticeReachesOnlyTheAuthoringParty() {
        assertThat(change(true).audibleTo(Optional.of(DISTRICT))).isTrue();
        assertThat(change(true).audibleTo(Optional.of(UNION))).isFalse();
        assertThat(change(true).audibleTo(Optional.empty())).isFalse();
    }

    @Test
    void aPublicNoticeReachesEveryone() {
        assertThat(change(false).audibleTo(Optional.of(UNION))).isTrue();
        assertThat(change(false).audibleTo(Optional.empty())).isTrue();
    }
}
