package app.jointly.vote;

import java.util.ArrayList;
import java.util.List;

/** The counting rules of every method: a pure function from a final tally to an outcome. */
public final class VoteRules {

    /** An outcome with the reason in words. */
    public record Decision(Outcome outcome, String explanation) {
    }

    private VoteRules() {
    }

    public static Decision decide(VoteMethod method, int consensusThreshold, Fraction supermajority,
                                  int quorumPercent, Tally tally) {
        if (tally.turnout() == 0) {
            return failed("Nobody voted.");
        }
        if (method != VoteMethod.PER_PARTY_CONCURRENCE
                && !quorumMet(tally.electorateSize(), tally.turnout(), quorumPercent)) {
            return failed(quorumMessage(tally.electorateSize(), tally.turnout(), quorumPercent));
        }
        return switch (method) {
            case CONSENSUS -> consensus(consensusThreshold, tally);
            case MAJORITY, RATIFICATION -> majority(tally.count("yes"), tally.count("no"));
            case SUPERMAJORITY -> supermajority(supermajority, tally.count("yes"), tally.count("no"));
            case PER_PARTY_CONCURRENCE -> concurrence(quorumPercent, tally.parties());
        };
    }

    /** Turnout is at least the quorum share of the electorate (rounded up). */
    public static boolean quorumMet(int electorateSize, long turnout, int quorumPercent) {
        return turnout * 100 >= (long) quorumPercent * electorateSize;
    }

    private static Decision consensus(int threshold, Tally tally) {
        long below = 0;
        for (int value = 0; value < threshold; value++) {
            below += tally.count(Integer.toString(value));
        }
        if (below > 0) {
            return failed(below + " of " + tally.turnout() + " below " + threshold + ": no consensus.");
        }
        return passed("Consensus: nobody below " + threshold + " (" + tally.turnout() + " took part).");
    }

    private static Decision majority(long yes, long no) {
        if (yes > no) {
            return passed("Majority: " + yes + " yes, " + no + " no.");
        }
        return failed("No majority: " + yes + " yes, " + no + " no" + (yes == no ? " (a tie fails)." : "."));
    }

    private static Decision supermajority(Fraction fraction, long yes, long no) {
        if (fraction.reachedBy(yes, no)) {
            return passed("Reached " + fraction + ": " + yes + " yes, " + no + " no.");
        }
        return failed("Short of " + fraction + ": " + yes + " yes, " + no + " no.");
    }

    private static Decision concurrence(int quorumPercent, List<PartyTally> parties) {
        List<String> refusing = new ArrayList<>();
        int voting = 0;
        for (PartyTally party : parties) {
            if (party.electorateSize() == 0) {
                continue;
            }
            voting++;
            long yes = party.count("yes");
            long no = party.count("no");
            if (party.turnout() == 0 || !quorumMet(party.electorateSize(), party.turnout(), quorumPercent)) {
                refusing.add(party.party() + " (quorum not met)");
            } else if (yes <= no) {
                refusing.add(party.party() + " (" + yes + " yes, " + no + " no)");
            }
        }
        if (voting == 0) {
            return failed("No party had eligible voters.");
        }
        if (!refusing.isEmpty()) {
            return failed("Not every party concurred: " + String.join(", ", refusing) + ".");
        }
        return passed("All " + voting + " parties concurred.");
    }

    private static String quorumMessage(int electorateSize, long turnout, int quorumPercent) {
        return "Quorum of " + quorumPercent + "% not met: " + turnout + " of " + electorateSize + " voted.";
    }

    private static Decision passed(String why) {
        return new Decision(Outcome.PASSED, why);
    }

    private static Decision failed(String why) {
        return new Decision(Outcome.FAILED, why);
    }
}
