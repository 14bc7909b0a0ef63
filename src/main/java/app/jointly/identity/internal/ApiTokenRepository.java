package app.jointly.identity.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface ApiTokenRepository extends MongoRepository<ApiTokenDocument, String> {

    Optional<ApiTokenDocument> findBySecretHash(String secretHash);

    List<ApiTokenDocument> findByUserIdOrderByCreatedAtDesc(String userId);

    long countByUserId(String userId);
}
