package app.jointly.effects.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs on every node: carries out effects that a crash or a failing listener left behind. The node that wrote
 * an effect has normally carried it out already, right after its write.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EffectScheduler {

    private static final Logger log = LoggerFactory.getLogger(EffectScheduler.class);
    private static final int BATCH = 100;

    private final EffectDispatcher dispatcher;

    EffectScheduler(EffectDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${jointly.effects.poll:2s}", initialDelayString = "${jointly.effects.poll:2s}")
    void deliverDue() {
        int done = dispatcher.deliverDue(BATCH);
        if (done > 0) {
            log.info("Carried out {} pending effect(s) left by a crash or a failure", done);
        }
    }
}
