package app.jointly.proposal;

import java.util.Optional;

/** A proposal as one member sees it: the public view, plus the caucus part only for the authoring party. */
public record ProposalDetails(ProposalView proposal, Optional<Caucus> caucus) {

    static ProposalDetails of(Proposal p, Actor viewer) {
        boolean authoringParty = viewer.inParty(p.party());
        return new ProposalDetails(ProposalView.of(p, authoringParty),
                authoringParty ? Optional.of(p.caucus()) : Optional.empty());
    }
}
