package app.jointly.share.internal;

import app.jointly.share.LinkNotValidException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Finds the active link for a token presented by someone without an account. */
@Component
class ActiveLinks {

    private final ShareLinkStore store;
    private final Clock clock;

    ActiveLinks(ShareLinkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @throws LinkNotValidException for a malformed, unknown, revoked or expired token alike */
    StoredShareLink require(String token) {
        if (!ShareToken.wellFormed(token)) {
            throw new LinkNotValidException();
        }
        String hash = ShareToken.hash(token);
        return store.byTokenHash(hash)
                .filter(link -> ShareToken.sameHash(link.tokenHash(), hash))
                .filter(link -> link.view().activeAt(clock.instant()))
                .orElseThrow(LinkNotValidException::new);
    }
}
