package app.jointly.proposal;

import app.jointly.document.Redline;
import app.jointly.proposal.internal.ProposalStore;
import app.jointly.proposal.internal.SectionTexts;
import app.jointly.proposal.internal.SectionTexts.SectionRef;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Read models over proposals: the bargaining table of a document, the open items of a workspace, a party's caucus
 * drafts and redlines. Each loads what it needs with one query and filters what the viewer may see.
 */
@Service
public class BargainingTableService {

    /** Presented proposals first in the order presented; the viewer's own drafts after them. */
    private static final Comparator<Proposal> CHAIN_ORDER = Comparator
            .comparing((Proposal p) -> p.presentedAt().orElse(Instant.MAX))
            .thenComparing(Proposal::createdAt).thenComparing(p -> p.id().value());

    private final ProposalStore store;
    private final SectionTexts sections;
    private final Actors actors;

    BargainingTableService(ProposalStore store, SectionTexts sections, Actors actors) {
        this.store = store;
        this.sections = sections;
        this.actors = actors;
    }

    public BargainingTable table(DocumentId document, UserId user) {
        SectionTexts.Outline outline = sections.outline(document, user);
        WorkspaceId workspace = outline.workspaceId();
        Actor actor = actors.require(workspace, user);
        Map<SectionId, List<Proposal>> bySection = store.forDocument(workspace, document).stream()
                .filter(p -> p.visibleTo(actor)).sorted(CHAIN_ORDER)
                .collect(Collectors.groupingBy(Proposal::sectionId, LinkedHashMap::new, Collectors.toList()));
        List<BargainingTable.Article> articles = new ArrayList<>();
        for (SectionRef section : outline.sections()) {
            List<Proposal> chain = bySection.getOrDefault(section.sectionId(), List.of());
            articles.add(new BargainingTable.Article(section.sectionId(), section.heading(),
                    chain.stream().map(ProposalSummary::of).toList(),
                    chain.stream().anyMatch(p -> p.status().isOpen())));
        }
        return new BargainingTable(workspace, document, articles);
    }

    /** Articles of every document of the workspace with presented proposals still waiting for an answer. */
    public List<OpenItem> openItems(WorkspaceId workspace, UserId user) {
        actors.require(workspace, user);
        Map<SectionId, List<Proposal>> open = store.withStatus(workspace, List.of(ProposalStatus.PRESENTED))
                .stream().sorted(CHAIN_ORDER)
                .collect(Collectors.groupingBy(Proposal::sectionId, LinkedHashMap::new, Collectors.toList()));
        Map<SectionId, String> headings = new LinkedHashMap<>();
        open.values().stream().map(list -> list.getFirst().documentId()).distinct()
                .forEach(doc -> sections.outline(doc, user).sections().forEach(s -> headings.put(s.sectionId(), s.heading())));
        List<OpenItem> items = new ArrayList<>();
        headings.forEach((section, heading) -> {
            List<Proposal> proposals = open.get(section);
            if (proposals != null) {
                items.add(new OpenItem(proposals.getFirst().documentId(), section, heading,
                        proposals.stream().map(ProposalSummary::of).toList()));
            }
        });
        return items;
    }

    /** The caller's party's drafts in this workspace (empty for members without a party). */
    public List<ProposalSummary> caucusDrafts(WorkspaceId workspace, UserId user) {
        Actor actor = actors.require(workspace, user);
        return actor.party().map(party -> store.drafts(workspace, party).stream().sorted(CHAIN_ORDER)
                .map(ProposalSummary::of).toList()).orElse(List.of());
    }

    public ProposalRedline redline(ProposalId id, UserId user) {
        Proposal p = store.find(id).orElseThrow(ProposalRules::notFound);
        Actor actor = actors.requireFor(p, user);
        ProposalRules.requireVisible(p, actor);
        Redline againstAgreed = Redline.between(agreedTextFor(p), p.text());
        Optional<Redline> againstCountered = p.counters().flatMap(store::find)
                .map(countered -> Redline.between(countered.text(), p.text()));
        return new ProposalRedline(p.id(), againstAgreed, p.counters(), againstCountered);
    }

    /**
     * The agreed text as it was when the proposal was made, whatever happened since (a TA of this proposal or of
     * another one replaced it): the section's history keeps every replaced text with its time. For a counter that
     * is not its base text, which is the countered proposal's.
     */
    private String agreedTextFor(Proposal p) {
        return sections.agreedTextAt(p.sectionId(), p.createdAt());
    }
}
