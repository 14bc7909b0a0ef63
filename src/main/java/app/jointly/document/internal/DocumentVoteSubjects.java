package app.jointly.document.internal;

import app.jointly.shared.WorkspaceId;
import app.jointly.vote.SubjectRef;
import app.jointly.vote.VoteSubjects;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Tells the vote module whether a document or section a vote is about exists in the vote's workspace. */
@Component
class DocumentVoteSubjects implements VoteSubjects {

    private final DocumentRepository documents;

    DocumentVoteSubjects(DocumentRepository documents) {
        this.documents = documents;
    }

    @Override
    public Set<String> kinds() {
        return Set.of("document", "section");
    }

    @Override
    public boolean existsIn(WorkspaceId workspace, SubjectRef subject) {
        var document = "document".equals(subject.kind()) ? documents.findById(subject.id())
                : documents.findBySectionId(subject.id());
        return document.filter(d -> workspace.value().equals(d.getWorkspaceId())).isPresent();
    }
}
