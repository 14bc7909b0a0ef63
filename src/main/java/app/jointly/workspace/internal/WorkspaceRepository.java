package app.jointly.workspace.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface WorkspaceRepository extends MongoRepository<WorkspaceDocument, String> {

    List<WorkspaceDocument> findByIdInOrderByNameAsc(Collection<String> ids);
}
