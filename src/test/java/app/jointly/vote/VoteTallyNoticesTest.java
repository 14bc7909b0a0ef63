package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.shared.WorkspaceId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A burst of ballots gives one tally notice per window, and the last ballot of a burst is always followed by one. */
class VoteTallyNoticesTest {

    @Test
    void aBurstIsCoalescedAndFollowedByANotice() throws Exception {
        List<Object> sent = new CopyOnWriteArrayList<>();
        VoteId vote = VoteId.newId();
        WorkspaceId ws = WorkspaceId.newId();
        try (TallyNotices notices = new TallyNotices(sent::add, Duration.ofMillis(250))) {
            for (int i = 0; i < 500; i++) {
                notices.changed(vote, ws);
            }
            assertThat(sent).as("nothing before the window ends").isEmpty();
            Thread.sleep(800);
            assertThat(sent).containsExactly(new VoteTallyChanged(vote, ws));

            notices.changed(vote, ws);
            Thread.sleep(800);
            assertThat(sent).as("a later ballot gets its own notice").hasSize(2);
        }
    }

    @Test
    void aZeroWindowSendsEveryNoticeAtOnce() {
        List<Object> sent = new CopyOnWriteArrayList<>();
        try (TallyNotices notices = new TallyNotices(sent::add, Duration.ZERO)) {
            notices.changed(VoteId.newId(), WorkspaceId.newId());
            assertThat(sent).hasSize(1);
        }
    }
}
