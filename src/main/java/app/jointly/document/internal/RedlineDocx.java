package app.jointly.document.internal;

import app.jointly.document.DocumentComparison;
import app.jointly.document.DocumentComparison.SectionChange;
import app.jointly.document.RedlineSegment;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.time.Instant;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.CTTrackChange;
import org.docx4j.wml.DelText;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RunDel;
import org.docx4j.wml.RunIns;
import org.docx4j.wml.Text;

/**
 * A comparison as a Word file with real tracked changes: each inserted run is a {@code w:ins}, each deleted run a
 * {@code w:del} with {@code w:delText}, built as docx4j objects, so that Word and LibreOffice offer to accept or
 * reject every change. Sections are Heading 1 paragraphs; a text's lines are paragraphs. The redline is over the
 * Markdown as written (formatting marks appear as typed), which is what was changed.
 */
final class RedlineDocx {

    private static final ObjectFactory WML = Context.getWmlObjectFactory();
    static final String AUTHOR = "Jointly";

    private final MainDocumentPart main;
    private final XMLGregorianCalendar date;
    private long nextId = 1;
    private P paragraph;

    private RedlineDocx(MainDocumentPart main, Instant at) {
        this.main = main;
        try {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            calendar.setTimeInMillis(at.toEpochMilli());
            this.date = DatatypeFactory.newInstance().newXMLGregorianCalendar(calendar);
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("No XML date support in this Java runtime", e);
        }
    }

    static byte[] write(DocumentComparison comparison, Instant at) {
        try {
            WordprocessingMLPackage word = WordprocessingMLPackage.createPackage();
            RedlineDocx out = new RedlineDocx(word.getMainDocumentPart(), at);
            out.main.addStyledParagraphOfText("Title", comparison.title());
            out.main.addParagraphOfText("Changes from " + comparison.fromName() + " to " + comparison.toName()
                    + " (tracked changes).");
            for (SectionChange section : comparison.sections()) {
                out.section(section);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            word.save(bytes);
            return bytes.toByteArray();
        } catch (Docx4JException e) {
            throw new IllegalStateException("Could not write the Word redline", e);
        }
    }

    private void section(SectionChange section) {
        main.addStyledParagraphOfText("Heading1", section.heading());
        if (section.headingChanged()) {
            newParagraph();
            plain("Heading was: ");
            tracked(WML.createRunDel(), section.oldHeading());
        } else if (section.added() || section.removed()) {
            newParagraph();
            plain(section.added() ? "Section added." : "Section removed.");
        }
        newParagraph();
        for (RedlineSegment segment : section.redline().segments()) {
            String[] lines = segment.text().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    newParagraph();
                }
                if (lines[i].isEmpty()) {
                    continue;
                }
                switch (segment.kind()) {
                    case EQUAL -> plain(lines[i]);
                    case INSERT -> tracked(WML.createRunIns(), lines[i]);
                    case DELETE -> tracked(WML.createRunDel(), lines[i]);
                }
            }
        }
    }

    private void newParagraph() {
        paragraph = WML.createP();
        main.getContent().add(paragraph);
    }

    private void plain(String text) {
        paragraph.getContent().add(run(text, false));
    }

    private void tracked(CTTrackChange change, String text) {
        change.setAuthor(AUTHOR);
        change.setDate(date);
        change.setId(BigInteger.valueOf(nextId++));
        if (change instanceof RunIns ins) {
            ins.getCustomXmlOrSmartTagOrSdt().add(run(text, false));
        } else if (change instanceof RunDel del) {
            del.getCustomXmlOrSmartTagOrSdt().add(run(text, true));
        }
        paragraph.getContent().add(change);
    }

    private static R run(String text, boolean deleted) {
        R run = WML.createR();
        if (deleted) {
            DelText t = WML.createDelText();
            t.setValue(text);
            t.setSpace("preserve");
            run.getContent().add(t);
        } else {
            Text t = WML.createText();
            t.setValue(text);
            t.setSpace("preserve");
            run.getContent().add(WML.createRT(t));
        }
        return run;
    }
}
