package app.jointly.demo;

import app.jointly.document.DocumentVersions;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.plan.Measure;
import app.jointly.plan.MeasureStatus;
import app.jointly.plan.NewMeasure;
import app.jointly.plan.PlanMeasures;
import app.jointly.share.IssuedShareLink;
import app.jointly.share.NewShareLink;
import app.jointly.share.NewVisitorComment;
import app.jointly.share.PublicShares;
import app.jointly.share.ShareLinks;
import app.jointly.shared.UserId;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Makes the demo's conference plan presentable: progress on its measures of success, a presentation link that
 * takes feedback, and a few comments visitors from other teams left through it (through the same path real
 * visitors take).
 */
@Component
class DemoPresentation {

    /** The address the demo's visitor comments count against (a documentation address, never a real visitor). */
    private static final String DEMO_SOURCE = "192.0.2.1";

    private final PlanMeasures measures;
    private final ShareLinks links;
    private final PublicShares shares;
    private final DocumentVersions versions;

    DemoPresentation(PlanMeasures measures, ShareLinks links, PublicShares shares, DocumentVersions versions) {
        this.measures = measures;
        this.links = links;
        this.versions = versions;
        this.shares = shares;
    }

    /** @return the link's path, {@code /share/{token}} */
    String prepare(DocumentView plan, UserId by) {
        LocalDate start = LocalDate.of(2026, 1, 31);
        Measure teams = measures.add(plan.id(), new NewMeasure("Schools with a teacher leadership team", "schools",
                4.0, 34.0), by);
        Measure retention = measures.add(plan.id(), new NewMeasure("Retention of highly effective teachers", "%",
                78.0, 90.0), by);
        double[] teamCounts = {4, 9, 15, 22};
        double[] retentionRates = {78, 80, 79.5, 83};
        for (int i = 0; i < teamCounts.length; i++) {
            LocalDate date = start.plusMonths(3L * i);
            measures.record(plan.id(), teams.id(), date, teamCounts[i], i == 3 ? MeasureStatus.ON_TRACK : null, by);
            measures.record(plan.id(), retention.id(), date, retentionRates[i], i == 3 ? MeasureStatus.AT_RISK : null,
                    by);
        }
        // the team presents a frozen state, so later drafting does not change what visitors read
        String presented = versions.name(plan.id(), "as presented", by).id();
        IssuedShareLink link = links.create(plan.id(), new NewShareLink(null, presented, true), by);
        comment(link, plan, "Theory of action", "Riley Chen", "Aurora Education Association",
                "How do you pick the teacher leaders? We had trouble when principals chose alone.");
        comment(link, plan, "Tactics", "Jamie Brooks", "Adams 12 Five Star Schools",
                "Two periods a week worked for us too; our write-up is at https://example.org/release-time");
        comment(link, plan, "Measures of success", "Sam Ortiz", "Boulder Valley",
                "Consider tracking student voice as well as teacher surveys.");
        return link.path();
    }

    private void comment(IssuedShareLink link, DocumentView plan, String heading, String name, String organisation,
                         String body) {
        SectionView section = plan.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElse(plan.sections().get(0));
        shares.comment(link.token(), new NewVisitorComment(name, organisation, body, section.id().value(), null, null),
                DEMO_SOURCE);
    }
}
