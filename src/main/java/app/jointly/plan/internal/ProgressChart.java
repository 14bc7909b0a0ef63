package app.jointly.plan.internal;

import app.jointly.plan.Measure;
import app.jointly.plan.Progress;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a plan's measures as one small SVG: a row per measure with its name, a line through its dated values
 * (dashed line at the target), and its latest value and status as words, so nothing is told by colour alone.
 * Every text is escaped, so the SVG can go into a page as it is.
 */
final class ProgressChart {

    private static final int WIDTH = 640;
    private static final int ROW = 56;
    private static final int LABEL = 250;
    private static final int PLOT = 220;
    private static final int PAD = 8;

    private ProgressChart() {
    }

    static String svg(List<Measure> measures) {
        int height = ROW * measures.size() + PAD;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"jointly-measures-chart\" role=\"img\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"100%\" ")
                .append("aria-label=\"Progress of the measures of success\" font-family=\"sans-serif\" ")
                .append("font-size=\"13\">");
        for (int i = 0; i < measures.size(); i++) {
            row(svg, measures.get(i), i * ROW + PAD);
        }
        return svg.append("</svg>").toString();
    }

    private static void row(StringBuilder svg, Measure m, int top) {
        svg.append("<g class=\"measure\"><title>").append(escape(m.name())).append("</title>");
        svg.append("<text x=\"0\" y=\"").append(top + 20).append("\" font-weight=\"bold\">")
                .append(escape(shorten(m.name(), 34))).append("</text>");
        svg.append("<text x=\"0\" y=\"").append(top + 38).append("\" fill=\"#444\">").append(escape(range(m)))
                .append("</text>");
        List<Progress> values = m.progress().stream().filter(p -> p.value() != null).toList();
        int plotTop = top + 6;
        int plotHeight = ROW - 20;
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(plotTop).append("\" width=\"").append(PLOT)
                .append("\" height=\"").append(plotHeight).append("\" fill=\"none\" stroke=\"#ccc\"/>");
        if (!values.isEmpty()) {
            double min = values.stream().mapToDouble(Progress::value).min().orElse(0);
            double max = values.stream().mapToDouble(Progress::value).max().orElse(0);
            if (m.target() != null) {
                min = Math.min(min, m.target());
                max = Math.max(max, m.target());
            }
            if (m.baseline() != null) {
                min = Math.min(min, m.baseline());
                max = Math.max(max, m.baseline());
            }
            double span = max - min == 0 ? 1 : max - min;
            if (m.target() != null) {
                double y = plotTop + plotHeight - (m.target() - min) / span * plotHeight;
                svg.append("<line x1=\"").append(LABEL).append("\" x2=\"").append(LABEL + PLOT).append("\" y1=\"")
                        .append(num(y)).append("\" y2=\"").append(num(y))
                        .append("\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>");
            }
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < values.size(); i++) {
                double x = LABEL + (values.size() == 1 ? PLOT / 2.0 : (double) i / (values.size() - 1) * PLOT);
                double y = plotTop + plotHeight - (values.get(i).value() - min) / span * plotHeight;
                points.append(num(x)).append(',').append(num(y)).append(' ');
                svg.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y))
                        .append("\" r=\"3\" fill=\"#1a5fb4\"/>");
            }
            svg.append("<polyline fill=\"none\" stroke=\"#1a5fb4\" stroke-width=\"2\" points=\"")
                    .append(points.toString().trim()).append("\"/>");
        }
        svg.append("<text x=\"").append(LABEL + PLOT + 12).append("\" y=\"").append(top + 20).append("\">")
                .append(escape(latestValue(m))).append("</text>");
        svg.append("<text x=\"").append(LABEL + PLOT + 12).append("\" y=\"").append(top + 38)
                .append("\" font-style=\"italic\">").append(escape(latestStatus(m))).append("</text></g>");
    }

    private static String range(Measure m) {
        String unit = m.unit() == null ? "" : m.unit();
        String baseline = m.baseline() == null ? "–" : value(m.baseline(), unit);
        String target = m.target() == null ? "–" : value(m.target(), unit);
        return "from " + baseline + " to " + target;
    }

    private static String latestValue(Measure m) {
        return m.progress().stream().filter(p -> p.value() != null).reduce((a, b) -> b)
                .map(p -> value(p.value(), m.unit()) + " on " + p.date()).orElse("no value yet");
    }

    private static String latestStatus(Measure m) {
        return m.progress().stream().filter(p -> p.status() != null).reduce((a, b) -> b)
                .map(p -> p.status().label()).orElse("");
    }

    static String value(double v, String unit) {
        String number = v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.1f", v);
        return unit == null || unit.isEmpty() ? number : unit.equals("%") ? number + "%" : number + " " + unit;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
