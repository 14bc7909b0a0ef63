package app.jointly.document.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentView;
import app.jointly.document.SectionView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.SectionId;
import app.jointly.shared.WorkspaceId;
import java.util.List;

/** A contract with the formatting an export must carry: emphasis, lists, a table and footnotes in two sections. */
final class ExportSamples {

    static final String TITLE = "Master Agreement 2026–2029";

    private ExportSamples() {
    }

    static DocumentView contract() {
        return new DocumentView(new DocumentId("doc1"), new WorkspaceId("ws1"), TITLE, DocumentKind.CONTRACT, 3,
                List.of(new SectionView(new SectionId("s1"), "Article 1: Recognition",
                                "The District recognises the *Association* as the **sole** bargaining agent[^1].\n\n"
                                        + "- teachers\n- counsellors\n\n1. first step\n2. second step\n\n"
                                        + "[^1]: As certified in 2019."),
                        new SectionView(new SectionId("s2"), "Article 12: Salaries",
                                "## Salary schedule\n\nBase salaries[^1]:\n\n| Step | Salary |\n| --- | --- |\n"
                                        + "| 1 | 45,000 |\n| 2 | 47,250 |\n\n[^1]: Before taxes.")));
    }
}
