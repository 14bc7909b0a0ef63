package app.jointly.collab.ui;

import app.jointly.shared.SectionId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;

/**
 * The real-time co-editor of one text (a document section): a CodeMirror 6 Markdown editor in the browser that
 * talks to /api/v1/collab itself, with the user's session. Shows the connection state, other people's cursors and,
 * on request, who wrote what. The server side holds no editor state: the text lives in the collaboration engine.
 */
@Tag("jointly-editor")
@NpmPackage(value = "@codemirror/state", version = "6.7.6")
@NpmPackage(value = "@codemirror/view", version = "6.43.15")
@NpmPackage(value = "@codemirror/collab", version = "6.1.1")
@NpmPackage(value = "@codemirror/commands", version = "6.11.1")
@NpmPackage(value = "@codemirror/lang-markdown", version = "6.5.2")
@JsModule("./collab/jointly-editor.js")
public class CollabEditor extends Component implements HasSize {

    public CollabEditor(SectionId section) {
        getElement().setAttribute("doc", section.value());
        setWidthFull();
    }

    public String textId() {
        return getElement().getAttribute("doc");
    }

    /** A selected passage at a co-editing version the server confirmed (UTF-16 offsets). */
    public record Selection(int from, int to, int version) {
    }

    /**
     * Asks the browser for the selected passage; {@code answer} gets empty when nothing is selected or the
     * person's latest typing is not confirmed yet.
     */
    public void selectionForComment(SerializableConsumer<Optional<Selection>> answer) {
        getElement().callJsFunction("selectionForComment").then(json -> answer.accept(
                json == null || json.isNull() ? Optional.empty() : Optional.of(new Selection(json.path("from").asInt(),
                        json.path("to").asInt(), json.path("version").asInt()))));
    }
}
