package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.testsupport.FakeWorkspaces;
import app.jointly.votetesting.MutableClock;
import app.jointly.workspace.Membership;
import app.jointly.workspace.Party;
import app.jointly.workspace.Role;
import app.jointly.workspace.WorkspaceAccess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One read of a workspace's members serves every connection on the node, and is dated by when it was read. */
class WorkspaceMemberReadingsTest {

    private final FakeWorkspaces workspaces = new FakeWorkspaces();
    private final CountingAccess access = new CountingAccess(workspaces);
    private final MutableClock clock = new MutableClock();
    private final WorkspaceMemberReadings readings = new WorkspaceMemberReadings(access, clock);

    @Test
    void aYoungReadingServesEveryMemberAndKeepsTheTimeItWasRead() {
        WorkspaceId workspace = workspaces.workspace();
        UserId dana = workspaces.add(workspace, Role.MEMBER, null);
        UserId lee = workspaces.add(workspace, Role.OBSERVER, null);
        long readAt = clock.millis();

        WorkspaceMemberReadings.Reading first = readings.reading(workspace, 2_500);
        clock.advance(Duration.ofMillis(2_000));
        WorkspaceMemberReadings.Reading second = readings.reading(workspace, 2_500);

        assertThat(access.reads).hasValue(1);
        assertThat(second.readAt()).isEqualTo(readAt);
        assertThat(first.of(dana)).map(Membership::role).contains(Role.MEMBER);
        assertThat(second.of(lee)).map(Membership::role).contains(Role.OBSERVER);
        assertThat(second.of(UserId.newId())).isEmpty();
    }

    @Test
    void anOldReadingIsReadAgainAndSeesChangedMembersWhileWorkspacesStayApart() {
        WorkspaceId workspace = workspaces.workspace();
        readings.reading(workspace, 2_500);
        UserId joinedLater = workspaces.add(workspace, Role.MEMBER, null);
        assertThat(readings.reading(workspace, 2_500).of(joinedLater)).isEmpty();

        clock.advance(Duration.ofMillis(2_501));
        WorkspaceMemberReadings.Reading later = readings.reading(workspace, 2_500);
        readings.reading(workspaces.workspace(), 2_500);

        assertThat(later.readAt()).isEqualTo(clock.millis());
        assertThat(later.of(joinedLater)).isPresent();
        assertThat(access.reads).hasValue(3);
    }

    @Test
    void callersThatFindAnOldReadingTogetherShareOneNewRead() throws Exception {
        WorkspaceId workspace = workspaces.workspace();
        readings.reading(workspace, 2_500);
        clock.advance(Duration.ofSeconds(5));
        access.slow = new CountDownLatch(1);

        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            callers.add(Thread.ofVirtual().start(() -> readings.reading(workspace, 2_500)));
        }
        Thread.sleep(200);
        access.slow.countDown();
        for (Thread caller : callers) {
            assertThat(caller.join(Duration.ofSeconds(10))).isTrue();
        }
        assertThat(access.reads).hasValue(2);
    }

    /** Counts member-list reads; can hold them until released. */
    private static final class CountingAccess implements WorkspaceAccess {
        private final FakeWorkspaces delegate;
        private final AtomicInteger reads = new AtomicInteger();
        private volatile CountDownLatch slow = new CountDownLatch(0);

        CountingAccess(FakeWorkspaces delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Membership> members(WorkspaceId workspace) {
            reads.incrementAndGet();
            try {
                slow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.members(workspace);
        }

        @Override
        public Membership requireMember(WorkspaceId workspace, UserId user) {
            return delegate.requireMember(workspace, user);
        }

        @Override
        public Membership requireEditor(WorkspaceId workspace, UserId user) {
            return delegate.requireEditor(workspace, user);
        }

        @Override
        public Optional<Membership> membership(WorkspaceId workspace, UserId user) {
            return delegate.membership(workspace, user);
        }

        @Override
        public List<Party> parties(WorkspaceId workspace) {
            return delegate.parties(workspace);
        }
    }
}
