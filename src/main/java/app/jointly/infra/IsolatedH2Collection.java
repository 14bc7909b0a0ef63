package app.jointly.infra;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection whose queries answer copies of the stored documents. mongo-java-server applies an update by
 * changing the stored document object in place (under the collection's lock), while the answer to a query on
 * another connection is encoded after that lock is released, from the same objects: a reader could then see the
 * fields before the version field from one write and the version from the next, and a write guarded by that
 * version would overwrite a change it never saw (a lost agreed text, found by the crash drill). Copies taken under
 * the lock make every read one write's state, as on a real MongoDB; updates and deletes find their documents
 * through the same path, so they change copies too and the stored objects are only ever replaced.
 */
final class IsolatedH2Collection extends H2Collection {

    IsolatedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                         MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, data, meta, cursors);
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        List<Document> copies = new ArrayList<>(matched.size());
        for (Document document : matched) {
            copies.add(document.cloneDeeply());
        }
        return super.createQueryResult(copies, batchSize);
    }
}
