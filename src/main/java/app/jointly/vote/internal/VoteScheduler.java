package app.jointly.vote.internal;

import app.jointly.vote.VoteLifecycle;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Opens and closes votes at their set times. Runs on every node; the conditional status changes make sure each
 * vote is opened and closed once.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class VoteScheduler {

    private final VoteLifecycle lifecycle;

    VoteScheduler(VoteLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Scheduled(fixedDelayString = "${jointly.votes.schedule-delay:5s}", initialDelayString = "${jointly.votes.schedule-delay:5s}")
    void processDue() {
        lifecycle.processDue();
    }
}
