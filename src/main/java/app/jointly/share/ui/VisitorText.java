package app.jointly.share.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor's words as plain text. Web addresses in them become links only once a member approved them, so
 * feedback cannot be used to plant clickable spam or phishing links in front of the team.
 */
final class VisitorText {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    private VisitorText() {
    }

    static boolean hasLinks(String text) {
        return text != null && URL.matcher(text).find();
    }

    static Paragraph render(String text, boolean linksApproved) {
        Paragraph paragraph = new Paragraph();
        paragraph.addClassName("jointly-visitor-text");
        if (!linksApproved) {
            paragraph.setText(text);
            return paragraph;
        }
        Matcher m = URL.matcher(text);
        int at = 0;
        while (m.find()) {
            paragraph.add(new Text(text.substring(at, m.start())));
            Anchor link = new Anchor(m.group(), m.group(), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "nofollow noopener noreferrer ugc");
            paragraph.add(link);
            at = m.end();
        }
        paragraph.add(new Text(text.substring(at)));
        return paragraph;
    }
}
