package app.jointly.proposal.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import app.jointly.proposal.ProposalId;
import app.jointly.proposal.RatificationSettled;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgreedTextWriterTest {

    private final SectionTexts sections = mock(SectionTexts.class);
    private final AgreedTextWriter writer = new AgreedTextWriter(mock(ProposalStore.class), sections);
    private final SectionId article = new SectionId("article-7");
    private final Instant at = Instant.parse("2026-12-02T15:00:00Z");

    @Test
    void aPassedRatificationNamesAVersionKeyedByTheProposal() {
        writer.settleRatification(new RatificationSettled(new WorkspaceId("ws"), new ProposalId("p-1"), article,
                "vote-1", true, at));

        verify(sections).nameVersion(article, "Ratified", at, new UserId("vote"), "ratified:p-1");
        verify(sections, never()).releaseAgreedText(any(), anyString(), any());
    }

    @Test
    void aFailedRatificationReleasesTheTextAndNamesNothing() {
        writer.settleRatification(new RatificationSettled(new WorkspaceId("ws"), new ProposalId("p-1"), article,
                "vote-1", false, at));

        verify(sections).releaseAgreedText(article, "p-1", new UserId("vote"));
        verify(sections, never()).nameVersion(any(), anyString(), any(), any(), anyString());
    }
}
