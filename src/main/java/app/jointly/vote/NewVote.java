package app.jointly.vote;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import app.jointly.shared.TextRules;
import java.time.Instant;

/**
 * What the creator of a vote asks for. The compact constructor checks every limit and applies the method's
 * fixed rules (ratification is one party's vote; per-party concurrence counts each party; only ratification
 * ballots may be secret).
 *
 * @param party the party for a {@link Electorate#PARTY} electorate, otherwise null
 * @param consensusThreshold the lowest fist-to-five value that still consents (1..5, default 3)
 * @param supermajority the fraction for {@link VoteMethod#SUPERMAJORITY} (default 2/3), otherwise null
 * @param quorumPercent share of the electorate that must take part (0..100; abstentions count as taking part)
 * @param opensAt when the vote opens by itself (null: open by hand)
 * @param closesAt when the vote closes by itself (null: close by hand)
 * @param subject what the vote decides about, e.g. a proposal (may be null)
 */
public record NewVote(String question, String details, VoteMethod method, Electorate electorate, PartyId party,
                      int consensusThreshold, Fraction supermajority, int quorumPercent, boolean secret,
                      Instant opensAt, Instant closesAt, SubjectRef subject) {

    public static final int MAX_QUESTION = 300;
    public static final int MAX_DETAILS = 4000;
    public static final int DEFAULT_THRESHOLD = 3;

    public NewVote {
        question = question == null ? "" : question.strip();
        details = details == null ? "" : details.strip();
        if (question.isEmpty() || question.length() > MAX_QUESTION) {
            throw new InvalidInputException("invalid-question", "The question needs 1 to " + MAX_QUESTION + " characters.");
        }
        if (details.length() > MAX_DETAILS) {
            throw new InvalidInputException("invalid-details", "Details can be at most " + MAX_DETAILS + " characters.");
        }
        TextRules.singleLine(question, "question");
        TextRules.multiLine(details, "details");
        if (method == null) {
            throw new InvalidInputException("invalid-method", "Choose a voting method.");
        }
        if (method == VoteMethod.RATIFICATION) {
            electorate = Electorate.PARTY;
        } else if (method == VoteMethod.PER_PARTY_CONCURRENCE) {
            electorate = Electorate.EACH_PARTY;
        } else if (electorate == null) {
            electorate = Electorate.WORKSPACE;
        } else if (electorate == Electorate.EACH_PARTY) {
            throw new InvalidInputException("invalid-electorate",
                    "Counting each party separately is the per-party-concurrence method.");
        }
        if (electorate == Electorate.PARTY && party == null) {
            throw new InvalidInputException("party-required", "Choose the party whose members vote.");
        }
        if (electorate != Electorate.PARTY) {
            party = null;
        }
        if (method == VoteMethod.CONSENSUS) {
            consensusThreshold = consensusThreshold == 0 ? DEFAULT_THRESHOLD : consensusThreshold;
            if (consensusThreshold < 1 || consensusThreshold > 5) {
                throw new InvalidInputException("invalid-threshold", "The consensus threshold is between 1 and 5.");
            }
        } else {
            consensusThreshold = 0;
        }
        if (method == VoteMethod.SUPERMAJORITY) {
            supermajority = supermajority == null ? Fraction.TWO_THIRDS : supermajority;
        } else {
            supermajority = null;
        }
        if (quorumPercent < 0 || quorumPercent > 100) {
            throw new InvalidInputException("invalid-quorum", "The quorum is a percentage between 0 and 100.");
        }
        if (secret && method != VoteMethod.RATIFICATION) {
            throw new InvalidInputException("secret-not-allowed", "Only ratification ballots can be secret.");
        }
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            throw new InvalidInputException("invalid-times", "A vote must close after it opens.");
        }
    }
}
