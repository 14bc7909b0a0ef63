package app.jointly.workspace;

import app.jointly.shared.PartyId;

/** A side at the table: District, Union, Board... */
public record Party(PartyId id, String name) {
}
