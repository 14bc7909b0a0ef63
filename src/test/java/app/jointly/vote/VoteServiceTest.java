package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.ConflictException;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.JointlyException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VoteServiceTest {

    private VoteFixture fx;
    private WorkspaceId ws;
    private PartyId district;
    private PartyId union;
    private UserId owner;
    private UserId districtLead;
    private UserId unionLead;
    private UserId teacher1;
    private UserId teacher2;
    private UserId principal;
    private UserId commenter;
    private UserId observer;

    @BeforeEach
    void setUp() {
        fx = new VoteFixture();
        ws = fx.workspaces.workspace("District", "Union");
        district = fx.workspaces.party(ws, 0);
        union = fx.workspaces.party(ws, 1);
        owner = fx.workspaces.add(ws, Role.OWNER, null);
        districtLead = fx.workspaces.add(ws, Role.LEAD, district);
        unionLead = fx.workspaces.add(ws, Role.LEAD, union);
        teacher1 = fx.workspaces.add(ws, Role.MEMBER, union);
        teacher2 = fx.workspaces.add(ws, Role.MEMBER, union);
        principal = fx.workspaces.add(ws, Role.MEMBER, district);
        commenter = fx.workspaces.add(ws, Role.COMMENTER, union);
        observer = fx.workspaces.add(ws, Role.OBSERVER, null);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private NewVote spec(VoteMethod method, PartyId party, boolean secret) {
        return new NewVote("Adopt Article 12?", "", method, null, party, 0, null, 0, secret, null, null, null);
    }

    private Vote openVote(UserId by, NewVote spec) {
        Vote vote = fx.votes.create(ws, by, spec);
        return fx.votes.open(vote.id(), by);
    }

    private static void refusedWith(Runnable action, Class<? extends JointlyException> type, String code) {
        assertThatThrownBy(action::run).isInstanceOf(type).extracting(e -> ((JointlyException) e).code()).isEqualTo(code);
    }

    @Test
    void onlyOwnersAndLeadsCreateVotesAndOnlyThatPartysLeadRunsAPartyVote() {
        refusedWith(() -> fx.votes.create(ws, teacher1, spec(VoteMethod.MAJORITY, null, false)),
                ForbiddenException.class, "not-vote-manager");
        refusedWith(() -> fx.votes.create(ws, commenter, spec(VoteMethod.MAJORITY, null, false)),
                ForbiddenException.class, "not-vote-manager");
        refusedWith(() -> fx.votes.create(ws, districtLead, spec(VoteMethod.RATIFICATION, union, true)),
                ForbiddenException.class, "not-vote-manager");
        refusedWith(() -> fx.votes.create(ws, UserId.newId(), spec(VoteMethod.MAJORITY, null, false)),
                NotFoundException.class, "not-found");
        assertThat(fx.votes.create(ws, unionLead, spec(VoteMethod.RATIFICATION, union, true)).status())
                .isEqualTo(VoteStatus.DRAFT);
        assertThat(fx.votes.create(ws, owner, spec(VoteMethod.RATIFICATION, union, false)).party()).isEqualTo(union);
        Vote byDistrictLead = fx.votes.create(ws, districtLead, spec(VoteMethod.MAJORITY, null, false));
        refusedWith(() -> fx.votes.open(byDistrictLead.id(), teacher1), ForbiddenException.class, "not-vote-manager");
        refusedWith(() -> fx.votes.get(byDistrictLead.id(), UserId.newId()), NotFoundException.class, "vote-not-found");
    }

    @Test
    void electorateIsSnapshottedAtOpeningWithoutCommentersAndObservers() {
        Vote vote = openVote(owner, spec(VoteMethod.MAJORITY, null, false));
        assertThat(vote.electorateSize()).isEqualTo(6);
        assertThat(fx.votes.eligible(vote.id(), owner, 100))
                .containsExactlyInAnyOrder(owner, districtLead, unionLead, teacher1, teacher2, principal);
        UserId latecomer = fx.workspaces.add(ws, Role.MEMBER, union);
        refusedWith(() -> fx.votes.cast(vote.id(), latecomer, "yes", null), ForbiddenException.class, "not-eligible");
        refusedWith(() -> fx.votes.cast(vote.id(), commenter, "yes", null), ForbiddenException.class, "not-eligible");
        refusedWith(() -> fx.votes.cast(vote.id(), observer, "yes", null), ForbiddenException.class, "not-eligible");
        assertThat(fx.events(VoteOpened.class)).hasSize(1);
    }

    @Test
    void aPartyVoteIsForThatPartysMembersOnly() {
        Vote vote = openVote(unionLead, spec(VoteMethod.RATIFICATION, union, false));
        assertThat(vote.electorateSize()).isEqualTo(3);
        refusedWith(() -> fx.votes.cast(vote.id(), principal, "yes", null), ForbiddenException.class, "not-eligible");
        fx.votes.cast(vote.id(), teacher1, "yes", null);
    }

    @Test
    void anOpenBallotCanBeChangedUntilCloseAndTheResultIsFinal() {
        Vote vote = openVote(owner, spec(VoteMethod.MAJORITY, null, false));
        fx.votes.cast(vote.id(), teacher1, "no", null);
        fx.votes.cast(vote.id(), teacher2, "yes", null);
        fx.votes.cast(vote.id(), teacher1, "yes", "persuaded");
        Tally live = fx.votes.tally(vote.id(), observer);
        assertThat(live.turnout()).isEqualTo(2);
        assertThat(live.counts()).containsEntry("yes", 2L).containsEntry("no", 0L);
        assertThat(fx.votes.myBallot(vote.id(), teacher1)).isEqualTo(new MyBallot(true, true, "yes", "persuaded"));
        assertThat(fx.events(VoteTallyChanged.class)).hasSize(3);

        Vote closed = fx.votes.close(vote.id(), owner);
        assertThat(closed.status()).isEqualTo(VoteStatus.CLOSED);
        assertThat(closed.result().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(closed.result().tally().electorateSize()).isEqualTo(6);
        assertThat(closed.result().tally().turnout()).isEqualTo(2);
        refusedWith(() -> fx.votes.cast(vote.id(), teacher1, "no", null), ConflictException.class, "vote-closed");
        refusedWith(() -> fx.votes.close(vote.id(), owner), ConflictException.class, "vote-closed");
        assertThat(fx.votes.tally(vote.id(), owner).counts()).containsEntry("yes", 2L);
        VoteClosed event = fx.events(VoteClosed.class).getFirst();
        assertThat(event.outcome()).isEqualTo(Outcome.PASSED);
        assertThat(event.turnout()).isEqualTo(2);
    }

    @Test
    void castingBeforeOpeningOrWithAWrongChoiceIsRefused() {
        Vote draft = fx.votes.create(ws, owner, spec(VoteMethod.CONSENSUS, null, false));
        refusedWith(() -> fx.votes.cast(draft.id(), teacher1, "4", null), ConflictException.class, "vote-not-open");
        refusedWith(() -> fx.votes.close(draft.id(), owner), ConflictException.class, "vote-not-open");
        fx.votes.open(draft.id(), owner);
        refusedWith(() -> fx.votes.open(draft.id(), owner), ConflictException.class, "vote-not-draft");
        refusedWith(() -> fx.votes.cast(draft.id(), teacher1, "yes", null),
                app.jointly.shared.InvalidInputException.class, "invalid-choice");
        refusedWith(() -> fx.votes.cast(draft.id(), teacher1, "2", "x".repeat(501)),
                app.jointly.shared.InvalidInputException.class, "reason-too-long");
    }

    @Test
    void consensusCheckFailsWhenSomeoneIsBelowTheThresholdAndShowsTheirReason() {
        Vote vote = openVote(owner, spec(VoteMethod.CONSENSUS, null, false));
        fx.votes.cast(vote.id(), teacher1, "5", null);
        fx.votes.cast(vote.id(), principal, "2", "Need the cost first");
        assertThat(fx.votes.openBallots(vote.id(), teacher2)).anySatisfy(b -> {
            assertThat(b.voter()).isEqualTo(principal);
            assertThat(b.reason()).isEqualTo("Need the cost first");
        });
        assertThat(fx.votes.close(vote.id(), owner).result().outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void perPartyConcurrenceCountsEachParty() {
        Vote vote = openVote(owner, spec(VoteMethod.PER_PARTY_CONCURRENCE, null, false));
        assertThat(vote.electorateSize()).isEqualTo(5); // the owner belongs to no party
        refusedWith(() -> fx.votes.cast(vote.id(), owner, "yes", null), ForbiddenException.class, "not-eligible");
        fx.votes.cast(vote.id(), districtLead, "yes", null);
        fx.votes.cast(vote.id(), principal, "yes", null);
        fx.votes.cast(vote.id(), unionLead, "yes", null);
        fx.votes.cast(vote.id(), teacher1, "no", null);
        fx.votes.cast(vote.id(), teacher2, "no", null);
        Vote closed = fx.votes.close(vote.id(), districtLead);
        assertThat(closed.result().tally().parties()).hasSize(2);
        assertThat(closed.result().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(closed.result().explanation()).contains(union.value());
    }

    @Test
    void aSecretBallotIsCastOnceAndItsChoiceIsNeverLinkedToTheVoter() {
        Vote vote = openVote(unionLead, spec(VoteMethod.RATIFICATION, union, true));
        String receipt1 = fx.votes.cast(vote.id(), teacher1, "yes", null).receipt();
        refusedWith(() -> fx.votes.cast(vote.id(), teacher1, "no", null), ConflictException.class, "already-voted");
        refusedWith(() -> fx.votes.cast(vote.id(), teacher2, "no", "because"),
                app.jointly.shared.InvalidInputException.class, "no-reason-on-secret-ballot");
        String receipt2 = fx.votes.cast(vote.id(), teacher2, "no", null).receipt();
        assertThat(receipt1).isNotNull().isNotEqualTo(receipt2);

        Tally live = fx.votes.tally(vote.id(), unionLead);
        assertThat(live.countsHidden()).isTrue();
        assertThat(live.counts()).isEmpty();
        assertThat(live.turnout()).isEqualTo(2);
        assertThat(fx.votes.myBallot(vote.id(), teacher1)).as("the receipt is given out once only")
                .isEqualTo(new MyBallot(true, true, null, null, null));
        refusedWith(() -> fx.votes.openBallots(vote.id(), owner), ForbiddenException.class, "secret-ballot");
        refusedWith(() -> fx.votes.receiptCounted(vote.id(), teacher1, receipt1), ConflictException.class,
                "vote-not-closed");

        // nothing stored next to the voter says what they chose, and no counter moves with a cast
        fx.mongo.template().getCollection("vote_electorate").find().forEach(row -> {
            assertThat(row.keySet()).doesNotContain("choice", "reason", "castAt");
            assertThat(row.toJson()).doesNotContain("\"yes\"", "\"no\"");
        });
        assertThat(fx.mongo.template().getCollection("vote_secret_counts").countDocuments()).isZero();

        Vote closed = fx.votes.close(vote.id(), unionLead);
        assertThat(closed.result().tally().counts()).containsEntry("yes", 1L).containsEntry("no", 1L)
                .containsEntry("abstain", 0L);
        assertThat(closed.result().tally().countsHidden()).isFalse();
        assertThat(closed.result().uncounted()).isZero();
        assertThat(closed.result().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(fx.votes.receiptCounted(vote.id(), principal, receipt1)).isTrue();
        assertThat(fx.votes.receiptCounted(vote.id(), teacher1, receipt2.toUpperCase().replace("-", ""))).isTrue();
        assertThat(fx.votes.receiptCounted(vote.id(), teacher1, "0".repeat(32))).isFalse();
        refusedWith(() -> fx.votes.receiptCounted(vote.id(), teacher1, "not a receipt"),
                app.jointly.shared.InvalidInputException.class, "invalid-receipt");
        refusedWith(() -> fx.votes.receiptCounted(vote.id(), UserId.newId(), receipt1), NotFoundException.class,
                "vote-not-found");
    }

    @Test
    void aSecretVoteOpenedBeforeBallotsWereEncryptedClosesWithItsOldCountersAndItsNewBallots() {
        Vote vote = openVote(unionLead, spec(VoteMethod.RATIFICATION, union, true));
        // as the previous version left it: no key pair, teacher1's row marked voted and a per-choice counter
        var mongo = fx.mongo.template();
        mongo.getCollection("vote_ballot_keys").deleteMany(new org.bson.Document());
        mongo.getCollection("vote_electorate").updateOne(new org.bson.Document("_id",
                vote.id().value() + ":" + teacher1.value()), new org.bson.Document("$set",
                new org.bson.Document("voted", true)));
        for (String choice : VoteMethod.YES_NO_ABSTAIN) {
            mongo.getCollection("vote_secret_counts").insertOne(new org.bson.Document("_id",
                    vote.id().value() + ":" + choice).append("voteId", vote.id().value()).append("choice", choice)
                    .append("count", choice.equals("no") ? 1L : 0L));
        }

        try (VoteFixture upgraded = new VoteFixture(fx)) { // a node of the new version, nothing cached
            upgraded.votes.cast(vote.id(), teacher2, "yes", null);
            upgraded.votes.cast(vote.id(), unionLead, "yes", null);
            refusedWith(() -> upgraded.votes.cast(vote.id(), teacher1, "yes", null), ConflictException.class,
                    "already-voted");
        }
        assertThat(mongo.getCollection("vote_ballot_keys").countDocuments()).as("made at the first new cast")
                .isEqualTo(1);

        Vote closed = fx.votes.close(vote.id(), unionLead);
        assertThat(closed.result().tally().turnout()).isEqualTo(3);
        assertThat(closed.result().tally().counts()).containsEntry("yes", 2L).containsEntry("no", 1L)
                .containsEntry("abstain", 0L);
        assertThat(closed.result().uncounted()).isZero();
    }

    @Test
    void theSchedulerOpensAndClosesVotesAtTheirTimes() {
        NewVote timed = new NewVote("Timed", "", VoteMethod.MAJORITY, null, null, 0, null, 0, false,
                fx.clock.instant().plus(Duration.ofMinutes(10)), fx.clock.instant().plus(Duration.ofMinutes(70)), null);
        Vote vote = fx.votes.create(ws, owner, timed);
        assertThat(fx.lifecycle.processDue()).isZero();
        fx.clock.advance(Duration.ofMinutes(10));
        assertThat(fx.lifecycle.processDue()).isEqualTo(1);
        assertThat(fx.votes.get(vote.id(), owner).status()).isEqualTo(VoteStatus.OPEN);
        fx.votes.cast(vote.id(), teacher1, "yes", null);
        fx.clock.advance(Duration.ofMinutes(60));
        // past the closing time ballots are refused even before the job has run
        refusedWith(() -> fx.votes.cast(vote.id(), teacher2, "yes", null), ConflictException.class, "vote-closed");
        assertThat(fx.lifecycle.processDue()).isEqualTo(1);
        Vote closed = fx.votes.get(vote.id(), owner);
        assertThat(closed.status()).isEqualTo(VoteStatus.CLOSED);
        assertThat(closed.result().outcome()).isEqualTo(Outcome.PASSED);
        assertThat(fx.events(VoteClosed.class)).hasSize(1);
    }

    @Test
    void quorumIsAppliedAtClosing() {
        fx.proposals.put("p-1", ws);
        NewVote withQuorum = new NewVote("Quorum", "", VoteMethod.MAJORITY, null, null, 0, null, 50, false,
                null, null, new SubjectRef("proposal", "p-1"));
        Vote vote = openVote(owner, withQuorum);
        fx.votes.cast(vote.id(), teacher1, "yes", null);
        fx.votes.cast(vote.id(), teacher2, "yes", null);
        Vote closed = fx.votes.close(vote.id(), owner);
        assertThat(closed.result().outcome()).isEqualTo(Outcome.FAILED);
        assertThat(closed.result().explanation()).contains("Quorum");
        assertThat(fx.events(VoteClosed.class).getFirst().subject()).isEqualTo(SubjectRef.proposal("p-1"));
    }

    @Test
    void aVoteIsOnlyAboutASubjectOfItsOwnWorkspace() {
        WorkspaceId other = fx.workspaces.workspace("Elsewhere");
        fx.proposals.put("theirs", other);
        for (String id : new String[] {"missing", "theirs"}) {
            NewVote about = new NewVote("Ratify?", "", VoteMethod.MAJORITY, null, null, 0, null, 0, false,
                    null, null, SubjectRef.proposal(id));
            refusedWith(() -> fx.votes.create(ws, owner, about), NotFoundException.class, "subject-not-found");
        }
        assertThat(fx.votes.list(ws, owner)).isEmpty();
    }

    @Test
    void aVoteClosesWithinTwoYears() {
        java.time.Instant now = fx.clock.instant();
        NewVote tooLate = new NewVote("Later?", "", VoteMethod.MAJORITY, null, null, 0, null, 0, false,
                null, now.plus(Duration.ofDays(2 * 366 + 1)), null);
        refusedWith(() -> fx.votes.create(ws, owner, tooLate), JointlyException.class, "invalid-times");
        NewVote inTime = new NewVote("Soon?", "", VoteMethod.MAJORITY, null, null, 0, null, 0, false,
                null, now.plus(Duration.ofDays(700)), null);
        assertThat(fx.votes.create(ws, owner, inTime).closesAt()).isEqualTo(now.plus(Duration.ofDays(700)));
    }
}
