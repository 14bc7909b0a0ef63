package app.jointly.effects.internal;

import app.jointly.effects.EffectOutbox;
import app.jointly.effects.PendingEffect;
import app.jointly.identity.CurrentUser;
import app.jointly.shared.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What effects between modules are still to be carried out: for operators (administrators only). */
@RestController
@RequestMapping("/api/v1/admin/pending-effects")
@Tag(name = "Operations")
class PendingEffectsController {

    /** The answer lists at most this many, oldest first; {@code count} says how many were listed. */
    static final int MAX_LISTED = 500;

    private final EffectOutbox outbox;
    private final CurrentUser currentUser;

    PendingEffectsController(EffectOutbox outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    record PendingEffects(int count, boolean truncated, List<PendingEffect> effects) {
    }

    @GetMapping
    @Operation(summary = "Effects between modules not yet carried out (administrators only)")
    PendingEffects list() {
        if (!currentUser.require().admin()) {
            throw new ForbiddenException("Only administrators see pending effects.");
        }
        List<PendingEffect> effects = outbox.pending(MAX_LISTED + 1);
        boolean truncated = effects.size() > MAX_LISTED;
        List<PendingEffect> listed = truncated ? effects.subList(0, MAX_LISTED) : effects;
        return new PendingEffects(listed.size(), truncated, listed);
    }
}
