package app.jointly.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.plan.Measure;
import app.jointly.plan.MeasureStatus;
import app.jointly.plan.Progress;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressChartTest {

    @Test
    void drawsARowPerMeasureWithItsLatestValueAndStatusInWords() {
        String svg = ProgressChart.svg(List.of(
                new Measure("a", "Retention", "%", 78.0, 90.0, List.of(
                        new Progress(LocalDate.of(2026, 1, 31), 79.5, null),
                        new Progress(LocalDate.of(2026, 6, 30), 83.0, MeasureStatus.AT_RISK))),
                new Measure("b", "Teams", "schools", null, null, List.of(
                        new Progress(LocalDate.of(2026, 3, 1), null, MeasureStatus.ON_TRACK)))));

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"");
        assertThat(svg.split("<g class=\"measure\">", -1)).hasSize(3);
        assertThat(svg).contains("from 78% to 90%", "83% on 2026-06-30", "At risk", "no value yet", "On track",
                "stroke-dasharray");
        assertThat(svg.split("<circle", -1)).hasSize(3);
    }

    @Test
    void escapesEveryTextSoTheSvgCanGoIntoAPageAsItIs() {
        String svg = ProgressChart.svg(List.of(new Measure("x", "<script>alert(1)</script>", "\"><img>", 1.0, 2.0,
                List.of(new Progress(LocalDate.of(2026, 1, 1), 1.5, null)))));
        assertThat(svg).doesNotContain("<script", "<img").contains("&lt;script&gt;", "&quot;&gt;&lt;img&gt;");
    }
}
