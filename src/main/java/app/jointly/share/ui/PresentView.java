package app.jointly.share.ui;

import app.jointly.share.LinkNotValidException;
import app.jointly.share.PublicShares;
import app.jointly.share.SharedDocument;
import app.jointly.share.SharedSection;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page behind a share link, for people without an account: the document alone, nothing of the workspace. In
 * "present" mode one section fills the screen in large type, paged with the arrow keys (or Page Up/Down, Home,
 * End) and buttons; "whole document" shows every section in a readable column. With feedback on, each section
 * offers a form for a visitor comment.
 */
@Route("share/:token")
@AnonymousAllowed
@CssImport("./styles/present.css")
class PresentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Keys page only when focus is not in a form field, so typing a comment never turns the page. */
    private static final String KEYS = """
            const view = this;
            view._jointlyKeys = e => {
              const t = e.target;
              if (e.altKey || e.ctrlKey || e.metaKey || (t && t.closest && t.closest(
                  'input,textarea,select,[contenteditable],vaadin-text-field,vaadin-text-area'))) { return; }
              const go = {ArrowRight: 'next', PageDown: 'next', ArrowLeft: 'previous', PageUp: 'previous',
                          Home: 'first', End: 'last'}[e.key];
              if (go) { e.preventDefault(); view.$server.go(go); }
            };
            document.addEventListener('keydown', view._jointlyKeys);
            """;

    private final PublicShares shares;
    private final Div stage = new Div();
    private final Span position = new Span();
    private final Button presentMode = new Button("Present", click -> showPresent(true));
    private final Button wholeMode = new Button("Whole document", click -> showPresent(false));
    private final Button previous = new Button("Previous", click -> go("previous"));
    private final Button next = new Button("Next", click -> go("next"));
    private final Nav pager = new Nav(previous, position, next);
    private String token;
    private SharedDocument document;
    private String visitorAddress;
    private boolean presenting = true;
    private int index;

    PresentView(PublicShares shares) {
        this.shares = shares;
        addClassName("jointly-present");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        show(event.getRouteParameters().get("token").orElse(""), request == null ? "" : request.getRemoteAddr());
    }

    /** Shows the document behind the token, or the plain "not valid" notice. */
    void show(String linkToken, String address) {
        token = linkToken;
        visitorAddress = address;
        index = 0;
        removeAll();
        try {
            document = shares.open(token);
            render();
        } catch (LinkNotValidException e) {
            document = null;
            add(new InvalidLinkNotice());
        }
    }

    @Override
    public String getPageTitle() {
        return document == null ? "Link not valid" : document.title();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().executeJs(KEYS);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        getElement().executeJs("document.removeEventListener('keydown', this._jointlyKeys)");
    }

    /** Turns the page: {@code next}, {@code previous}, {@code first} or {@code last}; only in present mode. */
    @ClientCallable
    public void go(String where) {
        if (document == null || !presenting || document.sections().isEmpty()) {
            return;
        }
        int last = document.sections().size() - 1;
        index = switch (where) {
            case "next" -> Math.min(index + 1, last);
            case "previous" -> Math.max(index - 1, 0);
            case "first" -> 0;
            case "last" -> last;
            default -> index;
        };
        showStage();
    }

    private void render() {
        Span kind = new Span(document.kind().label()
                + (document.versionName() == null ? "" : " · " + document.versionName()));
        kind.addClassName("jointly-present-kind");
        Div modes = new Div(presentMode, wholeMode);
        modes.addClassName("jointly-present-modes");
        modes.getElement().setAttribute("role", "group");
        modes.getElement().setAttribute("aria-label", "View");
        Header header = new Header(kind, new H1(document.title()), modes);
        header.addClassName("jointly-present-header");
        pager.addClassName("jointly-present-pager");
        pager.getElement().setAttribute("aria-label", "Sections");
        position.getElement().setAttribute("aria-live", "polite");
        stage.addClassName("jointly-present-stage");
        add(header, stage, pager);
        showPresent(true);
    }

    private void showPresent(boolean present) {
        presenting = present;
        presentMode.getElement().setAttribute("aria-pressed", String.valueOf(present));
        wholeMode.getElement().setAttribute("aria-pressed", String.valueOf(!present));
        setClassName("jointly-present-whole", !present);
        pager.setVisible(present && !document.sections().isEmpty());
        showStage();
    }

    private void showStage() {
        stage.removeAll();
        if (document.sections().isEmpty()) {
            stage.add(new Span("This document has no sections yet."));
            return;
        }
        if (presenting) {
            stage.add(slide(document.sections().get(index)));
            position.setText((index + 1) + " of " + document.sections().size());
            previous.setEnabled(index > 0);
            next.setEnabled(index < document.sections().size() - 1);
        } else {
            document.sections().forEach(s -> stage.add(slide(s)));
        }
    }

    private Div slide(SharedSection section) {
        Div wrapper = new Div(new SectionSlide(section));
        if (document.feedback()) {
            Button comment = new Button("Comment on this section");
            comment.addClassName("jointly-comment-button");
            comment.addClickListener(click -> {
                comment.setVisible(false);
                VisitorFeedbackForm form = new VisitorFeedbackForm(section,
                        input -> shares.comment(token, input, visitorAddress));
                wrapper.add(form);
                getElement().executeJs("return window.getSelection().toString()").then(String.class, form::quote);
            });
            wrapper.add(comment);
        }
        return wrapper;
    }
}
