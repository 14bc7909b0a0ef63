package app.jointly.share.ui;

import app.jointly.share.SharedSection;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** One section as shown in a presentation: heading, sanitised body and, for a plan's measures, the chart. */
class SectionSlide extends Section {

    SectionSlide(SharedSection section) {
        addClassName("jointly-slide");
        getElement().setAttribute("data-section-id", section.id());
        H2 heading = new H2(section.heading());
        Div body = new Div();
        body.addClassName("jointly-prose");
        body.getElement().setProperty("innerHTML", section.html());
        add(heading, body);
        if (section.chartSvg() != null) {
            add(new Html("<div class=\"jointly-supplement\">" + section.chartSvg() + "</div>"));
        }
    }
}
