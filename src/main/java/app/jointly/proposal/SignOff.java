package app.jointly.proposal;

import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import java.time.Instant;

/** A party lead's initials on a text (a TA sign-off, or a consent to reopen one): who, for which party, when. */
public record SignOff(PartyId party, UserId lead, String name, Instant at) {
}
