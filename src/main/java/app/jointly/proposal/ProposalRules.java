package app.jointly.proposal;

import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.TextRules;
import app.jointly.shared.TooLargeException;
import app.jointly.workspace.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The refusals of the proposal state machine, kept apart so the aggregate reads as its transitions. */
final class ProposalRules {

    static final int MAX_TEXT = 100_000;
    static final int MAX_RATIONALE = 4_000;

    private ProposalRules() {
    }

    static void requireText(String text, String rationale) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text-required", "A proposal needs its proposed text.");
        }
        if (text.length() > MAX_TEXT) {
            throw new TooLargeException("text-too-long", "A proposal's text may be at most " + MAX_TEXT
                    + " characters.");
        }
        if (rationale != null && rationale.length() > MAX_RATIONALE) {
            throw new TooLargeException("rationale-too-long", "A rationale may be at most " + MAX_RATIONALE
                    + " characters.");
        }
        TextRules.multiLine(text, "text");
        TextRules.multiLine(rationale, "rationale");
    }

    /** Drafts belong to a party: the drafter must be in one and allowed to write. */
    static PartyId requireDrafter(Actor actor) {
        if (actor.party().isEmpty()) {
            throw new ForbiddenException("no-party", "Only members of a party can draft proposals.");
        }
        if (!actor.role().canEdit()) {
            throw new ForbiddenException("not-an-editor", "Your role cannot draft proposals.");
        }
        return actor.party().get();
    }

    /** Another party must not learn that a draft exists, so the refusal is the same as for a missing one. */
    static void requireVisible(Proposal proposal, Actor actor) {
        if (!proposal.visibleTo(actor)) {
            throw notFound();
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("proposal-not-found", "No such proposal.");
    }

    static void requireCaucusEditor(Proposal proposal, Actor actor) {
        if (!actor.inParty(proposal.party()) || !actor.role().canEdit()) {
            throw new ForbiddenException("not-an-editor", "Only editors of the authoring party can change a draft.");
        }
    }

    static void requirePartyLead(Proposal proposal, Actor actor, String message) {
        if (!actor.isLeadOf(proposal.party())) {
            throw new ForbiddenException("not-party-lead", message);
        }
    }

    static void requireOtherPartyLead(Proposal proposal, Actor actor) {
        if (!actor.isLeadOfAnotherParty(proposal.party())) {
            throw new ForbiddenException("not-other-party-lead",
                    "Only the lead of another party can reject a proposal.");
        }
    }

    static void requireOtherPartyEditor(Proposal proposal, Actor actor) {
        if (actor.party().isEmpty() || actor.inParty(proposal.party())) {
            throw new ForbiddenException("not-other-party",
                    "Only members of another party can counter a proposal.");
        }
        if (!actor.role().canEdit()) {
            throw new ForbiddenException("not-an-editor", "Your role cannot draft proposals.");
        }
    }

    static void requireStatus(Proposal proposal, String code, String message, ProposalStatus... allowed) {
        if (!Arrays.asList(allowed).contains(proposal.status())) {
            throw new ConflictException(code, message);
        }
    }

    /** A lead of a workspace party whose party is not yet in {@code already}; returns their sign-off. */
    static SignOff requireSigner(Actor actor, Set<PartyId> parties, List<SignOff> already, String code,
            String message, Instant now) {
        if (actor.role() != Role.LEAD || actor.party().isEmpty()
                || !parties.contains(actor.party().get())) {
            throw new ForbiddenException("not-a-lead", "Only a party's lead can sign for the party.");
        }
        PartyId party = actor.party().get();
        if (already.stream().anyMatch(s -> s.party().equals(party))) {
            throw new ConflictException(code, message);
        }
        return new SignOff(party, actor.id(), actor.name(), now);
    }

    static boolean allSigned(List<SignOff> signed, Set<PartyId> parties) {
        Set<PartyId> signedParties = signed.stream().map(SignOff::party).collect(Collectors.toSet());
        return !parties.isEmpty() && signedParties.containsAll(parties);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
