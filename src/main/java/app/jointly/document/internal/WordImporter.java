package app.jointly.document.internal;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.shared.RateLimitedException;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.workspace.WorkspaceAccess;
import java.io.ByteArrayInputStream;
import java.util.concurrent.Semaphore;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates a document from an uploaded Word file: the caller must be able to create documents in the workspace,
 * the file passes {@link DocxUploadGuard} before docx4j parses it, and at most {@link #PARALLEL} files are parsed
 * at once on a node (each may take tens of MB while parsed), so uploads cannot exhaust the node's memory.
 */
@Component
class WordImporter {

    static final int PARALLEL = 2;
    private static final Logger log = LoggerFactory.getLogger(WordImporter.class);

    private final DocumentService documents;
    private final WorkspaceAccess workspaces;
    private final Semaphore parsing = new Semaphore(PARALLEL);

    WordImporter(DocumentService documents, WorkspaceAccess workspaces) {
        this.documents = documents;
        this.workspaces = workspaces;
    }

    /**
     * @param title    the document's title; when blank, the Word file's Title paragraph, else the file name
     * @param fileName the uploaded file's name (may be null)
     */
    DocumentView importWord(WorkspaceId workspace, String title, DocumentKind kind, byte[] file, String fileName,
                            UserId by) {
        workspaces.requireEditor(workspace, by);
        DocxUploadGuard.check(file);
        WordSections.Result read = parse(file);
        return documents.create(workspace, chooseTitle(title, read.wordTitle(), fileName), kind, read.sections(), by);
    }

    private WordSections.Result parse(byte[] file) {
        if (!parsing.tryAcquire()) {
            throw new RateLimitedException("busy", "Other Word files are being imported right now; try again in a "
                    + "moment.");
        }
        try {
            WordprocessingMLPackage word = WordprocessingMLPackage.load(new ByteArrayInputStream(file));
            return WordSections.read(word);
        } catch (Docx4JException | RuntimeException e) {
            if (e instanceof app.jointly.shared.JointlyException refusal) {
                throw refusal;
            }
            // The file is the client's problem, but keep the parser's reason for whoever looks into a report.
            log.info("Refused a Word file that docx4j could not read: {}", e.toString());
            throw DocxUploadGuard.badFile("The file is damaged or not a Word document that can be read.");
        } finally {
            parsing.release();
        }
    }

    static String chooseTitle(String title, String wordTitle, String fileName) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (wordTitle != null && !wordTitle.isBlank()) {
            return wordTitle.strip();
        }
        if (fileName != null && !fileName.isBlank()) {
            String base = fileName.replaceAll(".*[/\\\\]", "").replaceAll("(?i)\\.docx$", "").strip();
            if (!base.isEmpty()) {
                return base;
            }
        }
        return "Imported document";
    }
}
