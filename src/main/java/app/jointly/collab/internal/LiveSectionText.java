package app.jointly.collab.internal;

import app.jointly.document.LiveText;
import app.jointly.document.SectionTextSource;
import app.jointly.shared.SectionId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lets the documents module return each section's text as of the latest accepted update. A section never
 * co-edited has no live text: its stored text is current.
 */
@Component
class LiveSectionText implements SectionTextSource {

    private final CollabEngine engine;

    LiveSectionText(CollabEngine engine) {
        this.engine = engine;
    }

    @Override
    public Optional<LiveText> live(SectionId section) {
        String doc = section.value();
        if (!engine.isCoEdited(doc)) {
            return Optional.empty();
        }
        CollabEngine.Joined joined = engine.join(doc);
        return Optional.of(new LiveText(joined.text(), joined.version()));
    }
}
