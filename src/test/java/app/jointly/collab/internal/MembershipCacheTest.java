package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Membership;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** One membership read serves a connection's texts of one workspace, and is dated by when it was read. */
class MembershipCacheTest {

    private final MembershipCache cache = new MembershipCache();
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Optional<Membership>> removed = () -> {
        reads.incrementAndGet();
        return Optional.empty();
    };

    @Test
    void aYoungReadingIsSharedAndKeepsTheTimeItWasRead() {
        WorkspaceId workspace = WorkspaceId.newId();
        MembershipCache.Reading first = cache.membership(workspace, 1_000, 2_500, removed);
        MembershipCache.Reading second = cache.membership(workspace, 3_000, 2_500, removed);

        assertThat(reads).hasValue(1);
        assertThat(second.readAt()).isEqualTo(1_000);
        assertThat(second.membership()).isEqualTo(first.membership()).isEmpty();
    }

    @Test
    void anOldReadingIsReadAgainAndWorkspacesAreApart() {
        WorkspaceId workspace = WorkspaceId.newId();
        cache.membership(workspace, 1_000, 2_500, removed);
        MembershipCache.Reading later = cache.membership(workspace, 3_501, 2_500, removed);
        cache.membership(WorkspaceId.newId(), 3_501, 2_500, removed);

        assertThat(later.readAt()).isEqualTo(3_501);
        assertThat(reads).hasValue(3);
    }
}
