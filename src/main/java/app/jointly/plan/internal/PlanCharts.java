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

    @Override
    public Optional<String> html(DocumentView document, SectionView section) {
        return chartFor(document, section);
    }

    private static boolean isMeasuresSection(DocumentView document, SectionView section) {
        return document.sections().stream().filter(s -> s.heading().toLowerCase(Locale.ROOT).contains("measure"))
                .findFirst().map(s -> s.id().equals(section.id())).orElse(false);
    }
}
