package app.jointly.plan.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionSupplement;
import app.jointly.document.SectionView;
import app.jointly.plan.Measure;
import app.jointly.plan.MeasureCharts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts the progress chart under a plan's "Measures of success" section (the first section whose heading speaks
 * of measures), on the document page and in presentations.
 */
@Component
class PlanCharts implements MeasureCharts, SectionSupplement {

    private final MeasureStore store;

    PlanCharts(MeasureStore store) {
        this.store = store;
    }

    @Override
    public Optional<String> chartFor(DocumentView document, SectionView section) {
        if (document.kind() != DocumentKind.PLAN || !isMeasuresSection(document, section)) {
            return Optional.empty();
        }
        List<Measure> measures = store.byDocument(document.id());
        return measures.isEmpty() ? Optional.empty() : Optional.of(ProgressChart.svg(measures));
    }

    /** On the document page the chart comes with the way to record progress (even before there is any). */
    @Override
    public Optional<String> html(DocumentView document, SectionView section) {
        if (document.kind() != DocumentKind.PLAN || !isMeasuresSection(document, section)) {
            return Optional.empty();
        }
        String link = "<p><a href=\"workspaces/" + HtmlUtils.htmlEscape(document.workspaceId().value())
                + "/documents/" + HtmlUtils.htmlEscape(document.id().value())
                + "/measures\">Measures and progress</a></p>";
        return Optional.of(chartFor(document, section).orElse("") + link);
    }

    private static boolean isMeasuresSection(DocumentView document, SectionView section) {
        return document.sections().stream().filter(s -> s.heading().toLowerCase(Locale.ROOT).contains("measure"))
                .findFirst().map(s -> s.id().equals(section.id())).orElse(false);
    }
}
