package app.jointly.workspace.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("workspaces")
public record WorkspaceDocument(@Id String id, String name, List<PartyEntry> parties, String createdBy,
        Instant createdAt, @Version Long version) {

    public record PartyEntry(String id, String name) {
    }

    public WorkspaceDocument withName(String newName) {
        return new WorkspaceDocument(id, newName, parties, createdBy, createdAt, version);
    }

    public WorkspaceDocument withParties(List<PartyEntry> newParties) {
        return new WorkspaceDocument(id, name, newParties, createdBy, createdAt, version);
    }
}
