package app.jointly.document.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.util.ReflectionTestUtils;

/** A repository stand-in that keeps copies and checks versions like Spring Data's {@code @Version} does. */
final class InMemoryDocuments {

    final Map<String, DocumentEntity> store = new LinkedHashMap<>();
    final DocumentRepository repository = mock(DocumentRepository.class);
    /** When positive, that many next saves fail as if another writer had won the race. */
    int failNextSaves;

    InMemoryDocuments() {
        when(repository.save(any(DocumentEntity.class))).thenAnswer(call -> save(call.getArgument(0)));
        when(repository.findById(anyString())).thenAnswer(call -> find(call.getArgument(0)));
        when(repository.countByWorkspaceId(anyString())).thenAnswer(call -> store.values().stream()
                .filter(d -> d.getWorkspaceId().equals(call.getArgument(0))).count());
        when(repository.findSummariesByWorkspaceId(anyString())).thenAnswer(call -> store.values().stream()
                .filter(d -> d.getWorkspaceId().equals(call.getArgument(0)))
                .sorted(Comparator.comparing(DocumentEntity::getCreatedAt)).map(InMemoryDocuments::copy).toList());
        when(repository.findBySectionId(anyString())).thenAnswer(call -> store.values().stream()
                .filter(d -> d.getSections().stream().anyMatch(s -> s.sectionId().equals(call.getArgument(0))))
                .findFirst().map(InMemoryDocuments::copy));
        when(repository.findOutlineBySectionId(anyString())).thenAnswer(call -> repository.findBySectionId(
                call.getArgument(0)));
    }

    private DocumentEntity save(DocumentEntity entity) {
        DocumentEntity existing = store.get(entity.getId());
        Long given = (Long) ReflectionTestUtils.getField(entity, "version");
        if (failNextSaves > 0) {
            failNextSaves--;
            throw new OptimisticLockingFailureException("simulated race");
        }
        if (existing != null && !Objects.equals(given, ReflectionTestUtils.getField(existing, "version"))) {
            throw new OptimisticLockingFailureException("stale");
        }
        ReflectionTestUtils.setField(entity, "version", given == null ? 0L : given + 1);
        store.put(entity.getId(), copy(entity));
        return entity;
    }

    private Optional<DocumentEntity> find(String id) {
        return Optional.ofNullable(store.get(id)).map(InMemoryDocuments::copy);
    }

    static DocumentEntity copy(DocumentEntity source) {
        DocumentEntity copy = new DocumentEntity(source.getId(), source.getWorkspaceId(), source.getTitle(),
                source.getKind(), source.getSections(), source.getCreatedAt(), source.getCreatedBy());
        copy.touched(source.getUpdatedAt(), source.getUpdatedBy());
        ReflectionTestUtils.setField(copy, "version", ReflectionTestUtils.getField(source, "version"));
        return copy;
    }
}
