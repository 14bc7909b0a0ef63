package app.jointly.share.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.share.ShareLimits;
import app.jointly.shared.RateLimitedException;
import org.junit.jupiter.api.Test;

class FeedbackThrottleTest {

    private final FeedbackThrottle throttle = new FeedbackThrottle();

    @Test
    void oneAddressGetsItsShareAndThenWaitsWhileOthersGoOn() {
        for (int i = 0; i < ShareLimits.COMMENTS_PER_ADDRESS; i++) {
            throttle.acquire("link", "10.0.0.1");
        }
        assertThatThrownBy(() -> throttle.acquire("link", "10.0.0.1")).isInstanceOf(RateLimitedException.class);
        assertThatCode(() -> throttle.acquire("link", "10.0.0.2")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.acquire("other-link", "10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void aLinkTakesAtMostItsShareFromEveryoneTogether() {
        for (int i = 0; i < ShareLimits.COMMENTS_PER_LINK; i++) {
            throttle.acquire("busy", "10.1.0." + i);
        }
        assertThatThrownBy(() -> throttle.acquire("busy", "10.2.0.1")).isInstanceOf(RateLimitedException.class);
    }

    @Test
    void aRefusedAddressDoesNotUseUpTheLinksShare() {
        for (int i = 0; i < ShareLimits.COMMENTS_PER_ADDRESS; i++) {
            throttle.acquire("shared", "10.3.0.1");
        }
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> throttle.acquire("shared", "10.3.0.1")).isInstanceOf(RateLimitedException.class);
        }
        for (int i = 0; i < ShareLimits.COMMENTS_PER_LINK - ShareLimits.COMMENTS_PER_ADDRESS; i++) {
            throttle.acquire("shared", "10.4.0." + i);
        }
    }
}
