package app.jointly.ui;

import com.vaadin.flow.component.Component;

/**
 * Lets a page show the discussion of what it displays (a proposal, a vote) without depending on the module that
 * keeps discussions (comments depend on proposals and votes, not the other way round). Pages take it as an
 * optional bean: without one they show no discussion.
 */
public interface DiscussionSlot {

    /**
     * The discussion of {@code kind} ("proposal" or "vote") {@code id} for the signed-in user: its threads and a
     * form to start one. The component checks access itself and refreshes live.
     */
    Component discussion(String kind, String id);
}
