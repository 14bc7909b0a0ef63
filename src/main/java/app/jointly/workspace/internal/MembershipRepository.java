package app.jointly.workspace.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface MembershipRepository extends MongoRepository<MembershipDocument, String> {

    Optional<MembershipDocument> findByWorkspaceIdAndUserId(String workspaceId, String userId);

    List<MembershipDocument> findByWorkspaceId(String workspaceId);

    List<MembershipDocument> findByUserId(String userId);

    long countByWorkspaceId(String workspaceId);

    long countByWorkspaceIdAndRole(String workspaceId, String role);
}
