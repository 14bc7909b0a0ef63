package app.jointly.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 storage, made durable before it answers: H2 otherwise writes changes to its file in the
 * background about once a second, so an acknowledged write could be lost if the process died in that second.
 * After every command that changes data the store is committed and forced to disk, as a journaled write concern
 * asks of a real MongoDB. Writes that arrive together (the co-editing group commit sends many in one command)
 * share one flush. Its databases keep keys and values in {@link StoredValueType} rather than H2's default type.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "createindexes",
            "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private DurableH2Backend(MVStore store) {
        super(store);
    }

    /**
     * Pages of at most 16 keys (H2's default is 48): a commit writes every page it changed whole, so under many
     * small writes (co-editing's update log) smaller pages mean less re-encoding per commit.
     */
    static DurableH2Backend open(Path file) {
        return new DurableH2Backend(new MVStore.Builder().fileName(file.toString()).keysPerPage(16).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // called from the superclass constructor too, so it may use nothing of this class's own state
        return new TypedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document result = super.handleCommand(channel, database, command, query);
        if (WRITES.contains(command.toLowerCase(Locale.ROOT))) {
            flush();
        }
        return result;
    }

    private void flush() {
        var store = getMvStore();
        synchronized (store) {
            if (store.hasUnsavedChanges()) {
                store.commit();
                store.sync();
            }
        }
    }

    /** True when something written is not yet on disk (for tests). */
    boolean hasUnsavedChanges() {
        return getMvStore().hasUnsavedChanges();
    }
}
