package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.jointly.document.DocumentDirectory;
import app.jointly.document.SectionTextReplaced;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The live text follows an agreed text on every node, whatever another node claimed before it died. */
class StoredTextFollowerTest {

    private static final SectionId SECTION = new SectionId("section-1");

    private final CollabEngine engine = mock(CollabEngine.class);
    private final DocumentDirectory directory = mock(DocumentDirectory.class);
    @SuppressWarnings("unchecked")
    private final IMap<String, Boolean> claims = mock(IMap.class);
    private StoredTextFollower follower;

    @BeforeEach
    void setUp() {
        CollabCluster cluster = mock(CollabCluster.class);
        HazelcastInstance hazelcast = mock(HazelcastInstance.class);
        when(cluster.hazelcast()).thenReturn(hazelcast);
        when(hazelcast.<String, Boolean>getMap("collab-replacements")).thenReturn(claims);
        when(engine.isCoEdited(SECTION.value())).thenReturn(true);
        when(directory.sectionText(SECTION)).thenReturn("Agreed words.");
        follower = new StoredTextFollower(engine, directory, cluster);
    }

    @Test
    void anAgreementIsFollowedEvenWhenANodeThatDiedClaimedItFirst() {
        when(claims.putIfAbsent(anyString(), any(), anyLong(), any(TimeUnit.class))).thenReturn(Boolean.TRUE);

        follower.on(event(true));

        verify(engine).replaceText(eq(SECTION.value()), eq("Agreed words."), eq("tentative-agreement"), anyString());
    }

    @Test
    void aFailureToFollowAnAgreementIsThrownSoTheEffectIsCarriedOutAgain() {
        doThrow(new ProtocolException("unavailable", "busy")).when(engine)
                .replaceText(anyString(), anyString(), anyString(), anyString());

        assertThatThrownBy(() -> follower.on(event(true))).isInstanceOf(ProtocolException.class);
    }

    @Test
    void aPlainSaveIsFollowedOnlyByTheNodeThatClaimsIt() {
        when(claims.putIfAbsent(anyString(), any(), anyLong(), any(TimeUnit.class))).thenReturn(Boolean.TRUE);

        follower.on(event(false));

        verify(engine, never()).replaceText(anyString(), anyString(), anyString(), anyString());
    }

    @Test
    void aPlainSaveThatCouldNotBeFollowedGivesUpItsClaim() {
        when(claims.putIfAbsent(anyString(), any(), anyLong(), any(TimeUnit.class))).thenReturn(null);
        doThrow(new ProtocolException("unavailable", "busy")).when(engine)
                .replaceText(anyString(), anyString(), anyString(), anyString());

        follower.on(event(false));

        verify(claims).remove(anyString());
    }

    private static SectionTextReplaced event(boolean agreement) {
        return new SectionTextReplaced(new WorkspaceId("w"), new DocumentId("d"), SECTION, new UserId("u"),
                Instant.parse("2026-12-02T10:00:00Z"), 7, agreement);
    }
}
