package app.jointly.decision;

import app.jointly.shared.InvalidInputException;
import app.jointly.shared.PartyId;
import app.jointly.shared.TextRules;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A decision to log, with every limit checked.
 *
 * @param concurringParties parties of the workspace that concurred
 * @param concurringPeople names of people who concurred (they need not be users: a school team logs names)
 * @param decidedOn the day it was decided; null means today
 * @param supersedes the earlier entry this one corrects, or null
 */
public record NewDecision(String decision, String rationale, List<PartyId> concurringParties,
                          List<String> concurringPeople, LocalDate decidedOn, DecisionLinks links, List<String> tags,
                          List<NewFollowUp> followUps, DecisionId supersedes) {

    public static final int MAX_DECISION = 2000;
    public static final int MAX_RATIONALE = 4000;
    public static final int MAX_PEOPLE = 30;
    public static final int MAX_NAME = 100;
    public static final int MAX_TAGS = 10;
    public static final int MAX_FOLLOW_UPS = 20;
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N} _-]{1,40}");

    public NewDecision {
        decision = decision == null ? "" : decision.strip();
        rationale = rationale == null ? "" : rationale.strip();
        if (decision.isEmpty() || decision.length() > MAX_DECISION) {
            throw new InvalidInputException("invalid-decision", "The decision needs 1 to " + MAX_DECISION + " characters.");
        }
        if (rationale.length() > MAX_RATIONALE) {
            throw new InvalidInputException("invalid-rationale", "The rationale is at most " + MAX_RATIONALE + " characters.");
        }
        TextRules.multiLine(decision, "decision");
        TextRules.multiLine(rationale, "rationale");
        concurringParties = concurringParties == null ? List.of() : List.copyOf(new LinkedHashSet<>(concurringParties));
        if (concurringParties.size() > 10) {
            throw new InvalidInputException("invalid-parties", "At most 10 concurring parties.");
        }
        concurringPeople = concurringPeople == null ? List.of()
                : concurringPeople.stream().map(String::strip).filter(p -> !p.isEmpty()).distinct().toList();
        if (concurringPeople.size() > MAX_PEOPLE || concurringPeople.stream().anyMatch(p -> p.length() > MAX_NAME)) {
            throw new InvalidInputException("invalid-people",
                    "At most " + MAX_PEOPLE + " people, each name up to " + MAX_NAME + " characters.");
        }
        concurringPeople.forEach(p -> TextRules.singleLine(p, "concurringPeople"));
        links = links == null ? DecisionLinks.NONE : links;
        tags = tags == null ? List.of() : tags.stream().map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        if (tags.size() > MAX_TAGS || tags.stream().anyMatch(t -> !TAG.matcher(t).matches())) {
            throw new InvalidInputException("invalid-tags", "At most " + MAX_TAGS
                    + " tags of letters, digits, spaces, '-' or '_', up to 40 characters each.");
        }
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        if (followUps.size() > MAX_FOLLOW_UPS) {
            throw new InvalidInputException("invalid-follow-up", "At most " + MAX_FOLLOW_UPS + " follow-ups.");
        }
    }
}
