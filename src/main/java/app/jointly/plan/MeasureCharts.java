package app.jointly.plan;

import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import java.util.Optional;

/**
 * Progress charts for modules that checked access themselves (the document page, presentation links): nothing
 * here checks the caller.
 */
public interface MeasureCharts {

    /**
     * The chart to show under {@code section}: for the "Measures of success" section of a plan that has measures,
     * an SVG (every text in it escaped), else empty.
     */
    Optional<String> chartFor(DocumentView document, SectionView section);
}
