package app.jointly.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.shared.ConflictException;
import app.jointly.shared.DocumentId;
import app.jointly.shared.ForbiddenException;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.JointlyException;
import app.jointly.shared.NotFoundException;
import app.jointly.shared.PartyId;
import app.jointly.shared.SectionId;
import app.jointly.shared.TooLargeException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.Role;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class ProposalTest {

    static final PartyId DISTRICT = new PartyId("district");
    static final PartyId UNION = new PartyId("union");
    static final Set<PartyId> PARTIES = Set.of(DISTRICT, UNION);
    static final Instant T0 = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant T1 = T0.plusSeconds(60);

    static final Actor DISTRICT_LEAD = actor("dl", Role.LEAD, DISTRICT);
    static final Actor DISTRICT_MEMBER = actor("dm", Role.MEMBER, DISTRICT);
    static final Actor DISTRICT_COMMENTER = actor("dc", Role.COMMENTER, DISTRICT);
    static final Actor UNION_LEAD = actor("ul", Role.LEAD, UNION);
    static final Actor UNION_MEMBER = actor("um", Role.MEMBER, UNION);
    static final Actor UNION_OBSERVER = actor("uo", Role.OBSERVER, UNION);
    static final Actor FACILITATOR = new Actor(new UserId("fa"), "Facilitator", Role.OWNER, Optional.empty());

    static Actor actor(String id, Role role, PartyId party) {
        return new Actor(new UserId(id), "Name " + id, role, Optional.of(party));
    }

    static Proposal draft() {
        return Proposal.draft(new ProposalId("p1"), new WorkspaceId("ws"), new DocumentId("doc"),
                new SectionId("art12"), DISTRICT_MEMBER, "Teachers shall be evaluated yearly.", "Clarity",
                Optional.empty(), "Teachers are evaluated.", T0).proposal();
    }

    static Proposal presented() {
        return draft().present(DISTRICT_LEAD, T1).proposal();
    }

    static Proposal agreed() {
        return presented().signOff(DISTRICT_LEAD, PARTIES, T1).proposal().signOff(UNION_LEAD, PARTIES, T1)
                .proposal();
    }

    static void refused(ThrowingCallable call, Class<? extends JointlyException> type, String code) {
        assertThatThrownBy(call).isInstanceOf(type).extracting(e -> ((JointlyException) e).code()).isEqualTo(code);
    }

    @Test
    void draftLivesInTheCaucusOfTheDraftersParty() {
        Transition t = Proposal.draft(new ProposalId("p1"), new WorkspaceId("ws"), new DocumentId("doc"),
                new SectionId("art12"), DISTRICT_MEMBER, "text", "why", Optional.empty(), "base", T0);
        Proposal p = t.proposal();
        assertThat(p.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(p.party()).isEqualTo(DISTRICT);
        assertThat(p.caucus().author()).isEqualTo(DISTRICT_MEMBER.id());
        assertThat(p.history()).isEmpty();
        assertThat(t.events()).singleElement().isInstanceOf(ProposalDrafted.class)
                .matches(e -> ((ProposalEvent) e).caucusOnly());
        assertThat(p.visibleTo(DISTRICT_COMMENTER)).isTrue();
        assertThat(p.visibleTo(UNION_LEAD)).isFalse();
        assertThat(p.visibleTo(FACILITATOR)).isFalse();
    }

    @Test
    void draftingIsRefusedWithoutPartyOrWriteRole() {
        refused(() -> Proposal.draft(new ProposalId("p"), new WorkspaceId("ws"), new DocumentId("d"),
                new SectionId("s"), FACILITATOR, "t", "r", Optional.empty(), "", T0), ForbiddenException.class,
                "no-party");
        refused(() -> Proposal.draft(new ProposalId("p"), new WorkspaceId("ws"), new DocumentId("d"),
                new SectionId("s"), UNION_OBSERVER, "t", "r", Optional.empty(), "", T0), ForbiddenException.class,
                "not-an-editor");
        refused(() -> Proposal.draft(new ProposalId("p"), new WorkspaceId("ws"), new DocumentId("d"),
                new SectionId("s"), UNION_MEMBER, " ", "r", Optional.empty(), "", T0), InvalidInputException.class,
                "text-required");
        refused(() -> Proposal.draft(new ProposalId("p"), new WorkspaceId("ws"), new DocumentId("d"),
                new SectionId("s"), UNION_MEMBER, "x".repeat(100_001), "r", Optional.empty(), "", T0),
                TooLargeException.class, "text-too-long");
        refused(() -> Proposal.draft(new ProposalId("p"), new WorkspaceId("ws"), new DocumentId("d"),
                new SectionId("s"), UNION_MEMBER, "t", "r".repeat(4_001), Optional.empty(), "", T0),
                TooLargeException.class, "rationale-too-long");
    }

    @Test
    void caucusEditorsEditADraftAndTheEditStaysInTheCaucus() {
        Transition t = draft().edit(DISTRICT_LEAD, "New words", "Because", T1);
        assertThat(t.proposal().text()).isEqualTo("New words");
        assertThat(t.proposal().rationale()).isEqualTo("Because");
        assertThat(t.proposal().caucus().revisions()).hasSize(2);
        assertThat(t.proposal().history()).isEmpty();
        assertThat(t.events()).singleElement().isInstanceOf(ProposalDraftEdited.class)
                .matches(e -> ((ProposalEvent) e).caucusOnly());
    }

    @Test
    void editRefusals() {
        refused(() -> draft().edit(UNION_LEAD, "x", "y", T1), NotFoundException.class, "proposal-not-found");
        refused(() -> draft().edit(DISTRICT_COMMENTER, "x", "y", T1), ForbiddenException.class, "not-an-editor");
        refused(() -> presented().edit(DISTRICT_LEAD, "x", "y", T1), ConflictException.class, "not-a-draft");
        refused(() -> agreed().edit(DISTRICT_LEAD, "x", "y", T1), ConflictException.class, "not-a-draft");
        refused(() -> draft().edit(DISTRICT_MEMBER, "", "y", T1), InvalidInputException.class, "text-required");
    }

    @Test
    void theLeadPresentsAndEveryoneSeesItWithAPublicHistoryEntry() {
        Transition t = draft().present(DISTRICT_LEAD, T1);
        Proposal p = t.proposal();
        assertThat(p.status()).isEqualTo(ProposalStatus.PRESENTED);
        assertThat(p.presentedAt()).contains(T1);
        assertThat(p.visibleTo(UNION_OBSERVER)).isTrue();
        assertThat(p.history()).singleElement().isEqualTo(new StateChange(ProposalStatus.DRAFT,
                ProposalStatus.PRESENTED, DISTRICT_LEAD.id(), DISTRICT_LEAD.name(), T1));
        assertThat(t.events()).singleElement().isInstanceOf(ProposalPresented.class)
                .matches(e -> !((ProposalEvent) e).caucusOnly());
    }

    @Test
    void presentRefusals() {
        refused(() -> draft().present(DISTRICT_MEMBER, T1), ForbiddenException.class, "not-party-lead");
        refused(() -> draft().present(UNION_LEAD, T1), NotFoundException.class, "proposal-not-found");
        refused(() -> presented().present(DISTRICT_LEAD, T1), ConflictException.class, "not-a-draft");
    }

    @Test
    void anotherPartyCountersAndThePresentedProposalBecomesCountered() {
        Proposal p = presented();
        p.requireCounterableBy(UNION_MEMBER);
        Transition t = p.markCountered(new ProposalId("p2"), UNION_LEAD, T1);
        assertThat(t.proposal().status()).isEqualTo(ProposalStatus.COUNTERED);
        assertThat(t.proposal().history()).last().extracting(StateChange::to).isEqualTo(ProposalStatus.COUNTERED);
        assertThat(t.events()).singleElement().isEqualTo(new ProposalCountered(p.workspaceId(), p.id(),
                new ProposalId("p2"), T1));
    }

    @Test
    void counterRefusals() {
        refused(() -> presented().requireCounterableBy(DISTRICT_MEMBER), ForbiddenException.class,
                "not-other-party");
        refused(() -> presented().requireCounterableBy(FACILITATOR), ForbiddenException.class, "not-other-party");
        refused(() -> presented().requireCounterableBy(UNION_OBSERVER), ForbiddenException.class, "not-an-editor");
        refused(() -> draft().requireCounterableBy(UNION_MEMBER), NotFoundException.class, "proposal-not-found");
        refused(() -> agreed().requireCounterableBy(UNION_MEMBER), ConflictException.class, "not-open");
        refused(() -> agreed().markCountered(new ProposalId("p2"), UNION_LEAD, T1), ConflictException.class,
                "not-open");
    }

    @Test
    void anotherPartysLeadRejects() {
        Transition t = presented().reject(UNION_LEAD, T1);
        assertThat(t.proposal().status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(t.events()).singleElement().isInstanceOf(ProposalRejected.class);
        assertThat(t.proposal().history()).last().extracting(StateChange::by).isEqualTo(UNION_LEAD.id());
    }

    @Test
    void proposalTextsRefuseControlCharactersAndLoneSurrogates() {
        for (String[] bad : new String[][] {{"Text \u0000 with NUL", "why"}, {"Text", "half \uD83D emoji"}}) {
            refused(() -> Proposal.draft(new ProposalId("p"), new WorkspaceId("ws"), new DocumentId("d"),
                    new SectionId("s"), DISTRICT_MEMBER, bad[0], bad[1], Optional.empty(), "base", T0),
                    InvalidInputException.class, "bad-text");
        }
        assertThat(Proposal.draft(new ProposalId("p"), new WorkspaceId("ws"), new DocumentId("d"),
                new SectionId("s"), DISTRICT_MEMBER, "Line one\n\tLine two", "why", Optional.empty(), "base", T0)
                .proposal().text()).isEqualTo("Line one\n\tLine two");
    }

    @Test
    void rejectRefusals() {
        refused(() -> presented().reject(UNION_MEMBER, T1), ForbiddenException.class, "not-other-party-lead");
        refused(() -> presented().reject(DISTRICT_LEAD, T1), ForbiddenException.class, "not-other-party-lead");
        refused(() -> draft().reject(UNION_LEAD, T1), NotFoundException.class, "proposal-not-found");
        refused(() -> presented().reject(UNION_LEAD, T1).proposal().reject(UNION_LEAD, T1),
                ConflictException.class, "not-open");
    }

    @Test
    void theAuthorsLeadWithdrawsADraftOrAnOpenProposal() {
        Transition fromDraft = draft().withdraw(DISTRICT_LEAD, T1);
        assertThat(fromDraft.proposal().status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(fromDraft.proposal().visibleTo(UNION_LEAD)).isFalse();
        assertThat(fromDraft.events()).singleElement().matches(e -> ((ProposalEvent) e).caucusOnly());
        Transition fromPresented = presented().withdraw(DISTRICT_LEAD, T1);
        assertThat(fromPresented.proposal().status()).isEqualTo(ProposalStatus.WITHDRAWN);
        assertThat(fromPresented.events()).singleElement().matches(e -> !((ProposalEvent) e).caucusOnly());
    }

    @Test
    void withdrawRefusals() {
        refused(() -> presented().withdraw(DISTRICT_MEMBER, T1), ForbiddenException.class, "not-party-lead");
        refused(() -> presented().withdraw(UNION_LEAD, T1), ForbiddenException.class, "not-party-lead");
        refused(() -> agreed().withdraw(DISTRICT_LEAD, T1), ConflictException.class, "not-open");
    }

    @Test
    void everyPartysLeadSignsOffAndThenItIsATentativeAgreement() {
        Transition first = presented().signOff(UNION_LEAD, PARTIES, T1);
        assertThat(first.proposal().status()).isEqualTo(ProposalStatus.PRESENTED);
        assertThat(first.events()).singleElement().isInstanceOf(ProposalSignedOff.class);
        Transition second = first.proposal().signOff(DISTRICT_LEAD, PARTIES, T1);
        Proposal p = second.proposal();
        assertThat(p.status()).isEqualTo(ProposalStatus.TENTATIVELY_AGREED);
        assertThat(p.signOffs()).extracting(SignOff::party).containsExactly(UNION, DISTRICT);
        assertThat(p.signOffs()).extracting(SignOff::name).containsExactly(UNION_LEAD.name(), DISTRICT_LEAD.name());
        assertThat(second.events()).hasSize(2).last().isInstanceOfSatisfying(TentativeAgreementReached.class,
                ta -> {
                    assertThat(ta.signers()).hasSize(2);
                    assertThat(ta.sectionId()).isEqualTo(p.sectionId());
                    assertThat(ta.textHash()).hasSize(64).isEqualTo(ProposalRules.sha256(p.text()));
                });
    }

    @Test
    void signOffRefusals() {
        refused(() -> presented().signOff(UNION_MEMBER, PARTIES, T1), ForbiddenException.class, "not-a-lead");
        refused(() -> presented().signOff(FACILITATOR, PARTIES, T1), ForbiddenException.class, "not-a-lead");
        refused(() -> presented().signOff(UNION_LEAD, PARTIES, T1).proposal().signOff(UNION_LEAD, PARTIES, T1),
                ConflictException.class, "already-signed");
        refused(() -> agreed().signOff(UNION_LEAD, PARTIES, T1), ConflictException.class, "not-open");
        refused(() -> draft().signOff(DISTRICT_LEAD, PARTIES, T1), ConflictException.class, "not-open");
        refused(() -> draft().signOff(UNION_LEAD, PARTIES, T1), NotFoundException.class, "proposal-not-found");
        refused(() -> presented().reject(UNION_LEAD, T1).proposal().signOff(UNION_LEAD, PARTIES, T1),
                ConflictException.class, "not-open");
    }

    @Test
    void reopeningNeedsEveryPartysLead() {
        Transition requested = agreed().requestReopen(UNION_LEAD, PARTIES, T1);
        assertThat(requested.proposal().status()).isEqualTo(ProposalStatus.TENTATIVELY_AGREED);
        assertThat(requested.events()).singleElement().isInstanceOf(ReopenRequested.class);
        Transition consented = requested.proposal().consentToReopen(DISTRICT_LEAD, PARTIES, T1);
        assertThat(consented.proposal().status()).isEqualTo(ProposalStatus.REOPENED);
        assertThat(consented.proposal().reopenConsents()).hasSize(2);
        assertThat(consented.events()).hasSize(2).last().isInstanceOf(TentativeAgreementReopened.class);
        assertThat(consented.proposal().text()).isEqualTo(agreed().text());
    }

    @Test
    void reopenRefusals() {
        refused(() -> presented().requestReopen(UNION_LEAD, PARTIES, T1), ConflictException.class, "not-agreed");
        refused(() -> agreed().requestReopen(UNION_MEMBER, PARTIES, T1), ForbiddenException.class, "not-a-lead");
        refused(() -> agreed().consentToReopen(DISTRICT_LEAD, PARTIES, T1), ConflictException.class,
                "no-reopen-request");
        Proposal requested = agreed().requestReopen(UNION_LEAD, PARTIES, T1).proposal();
        refused(() -> requested.requestReopen(DISTRICT_LEAD, PARTIES, T1), ConflictException.class,
                "reopen-already-requested");
        refused(() -> requested.consentToReopen(UNION_LEAD, PARTIES, T1), ConflictException.class,
                "already-consented");
        refused(() -> requested.consentToReopen(DISTRICT_MEMBER, PARTIES, T1), ForbiddenException.class,
                "not-a-lead");
        Proposal reopened = requested.consentToReopen(DISTRICT_LEAD, PARTIES, T1).proposal();
        refused(() -> reopened.consentToReopen(DISTRICT_LEAD, PARTIES, T1), ConflictException.class,
                "not-agreed");
        refused(() -> reopened.signOff(DISTRICT_LEAD, PARTIES, T1), ConflictException.class, "not-open");
    }

    @Test
    void aLeadOfAPartyOutsideTheWorkspaceCannotSign() {
        Actor stranger = actor("x", Role.LEAD, new PartyId("board"));
        refused(() -> presented().signOff(stranger, PARTIES, T1), ForbiddenException.class, "not-a-lead");
    }
}
