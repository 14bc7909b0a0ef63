package app.jointly.proposal.internal;

import app.jointly.shared.UserId;

/** Display names for sign-offs and histories (a TA is initialled with the lead's name). */
public interface PeopleDirectory {

    String displayName(UserId user);
}
