package app.jointly.document.internal;

import app.jointly.document.DocumentComparison;
import app.jointly.document.DocumentVersions;
import app.jointly.document.DocumentView;
import app.jointly.document.VersionSummary;
import app.jointly.identity.UserService;
import app.jointly.identity.UserView;
import app.jointly.shared.DocumentId;
import app.jointly.shared.Ids;
import app.jointly.shared.InvalidInputException;
import app.jointly.shared.TextRules;
import app.jointly.shared.UserId;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** {@link DocumentVersions} over the recorder and store, checking access first as the document service does. */
@Service
class DefaultDocumentVersions implements DocumentVersions {

    /** Author ids that are roles, not accounts. */
    private static final Map<String, String> ROLE_NAMES = Map.of("vote", "Ratification vote");

    private final DocumentAccess access;
    private final VersionRecorder recorder;
    private final VersionStore store;
    private final VersionRestorer restorer;
    private final DocumentViews views;
    private final UserService users;
    private final Clock clock;

    DefaultDocumentVersions(DocumentAccess access, VersionRecorder recorder, VersionStore store,
                            VersionRestorer restorer, DocumentViews views, UserService users, Clock clock) {
        this.access = access;
        this.recorder = recorder;
        this.store = store;
        this.restorer = restorer;
        this.views = views;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public List<VersionSummary> list(DocumentId document, UserId viewer) {
        access.readable(document, viewer);
        recorder.capture(document.value());
        return summaries(store.list(document.value(), MAX_LIST));
    }

    @Override
    public VersionSummary name(DocumentId document, String name, UserId by) {
        String checked = checkName(name);
        access.writable(document, by);
        return summaries(List.of(store.name(document.value(), checked, by, null, clock.instant()))).getFirst();
    }

    @Override
    public VersionSummary find(DocumentId document, String versionId, UserId viewer) {
        access.readable(document, viewer);
        return summaries(List.of(store.find(document.value(), versionId))).getFirst();
    }

    @Override
    public DocumentView at(DocumentId document, String versionId, UserId viewer) {
        DocumentEntity entity = access.readable(document, viewer);
        return store.view(entity, store.find(document.value(), versionId));
    }

    @Override
    public DocumentComparison compare(DocumentId document, String from, String to, UserId viewer) {
        DocumentEntity entity = access.readable(document, viewer);
        DocumentVersionEntity older = store.find(document.value(), from);
        if (to == null || to.isBlank() || CURRENT.equals(to)) {
            recorder.capture(document.value());
            return VersionComparer.compare(store.view(entity, older), views.live(entity), label(older), "now");
        }
        DocumentVersionEntity newer = store.find(document.value(), to);
        return VersionComparer.compare(store.view(entity, older), store.view(entity, newer), label(older),
                label(newer));
    }

    @Override
    public DocumentView restore(DocumentId document, String versionId, UserId by) {
        DocumentEntity current = access.writable(document, by);
        DocumentVersionEntity version = store.find(document.value(), versionId);
        recorder.capture(document.value());
        return restorer.restore(current, version, store.view(current, version), by);
    }

    /** A version as people read it: its name, or "Version of <time>" for an automatic one. */
    static String label(DocumentVersionEntity version) {
        return version.named() ? version.name() : label(version.createdAt());
    }

    static String label(java.time.Instant createdAt) {
        return "version of " + VersionLabels.time(createdAt);
    }

    static String checkName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new InvalidInputException("invalid-name", "A version name is 1 to " + MAX_NAME + " characters.");
        }
        return TextRules.singleLine(trimmed, "name");
    }

    private List<VersionSummary> summaries(List<DocumentVersionEntity> versions) {
        List<UserId> ids = versions.stream().map(DocumentVersionEntity::authors).filter(Objects::nonNull)
                .flatMap(Collection::stream).distinct().filter(id -> !ROLE_NAMES.containsKey(id))
                .filter(Ids::isValid).map(UserId::new).toList();
        Map<UserId, UserView> people = ids.isEmpty() ? Map.of() : users.lookup(ids);
        return versions.stream().map(v -> new VersionSummary(v.id(), v.name(), v.createdAt(),
                (v.authors() == null ? List.<String>of() : v.authors()).stream()
                        .map(id -> new VersionSummary.Author(id, nameOf(id, people))).toList(),
                v.restoredFrom())).toList();
    }

    private static String nameOf(String id, Map<UserId, UserView> people) {
        if (ROLE_NAMES.containsKey(id)) {
            return ROLE_NAMES.get(id);
        }
        UserView person = Ids.isValid(id) ? people.get(new UserId(id)) : null;
        return person == null ? id : person.displayName();
    }
}
