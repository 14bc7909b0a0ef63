package app.jointly.infra;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * One database of the embedded server, kept in H2 maps named as the stock H2 backend names them, but every map
 * opened with {@link StoredValueType}.
 */
final class TypedH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    private final MVStore store;

    TypedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
        super(databaseName, cursors);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    static <K, V> MVMap<K, V> openMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<K, V>().keyType(StoredValueType.INSTANCE)
                .valueType(StoredValueType.INSTANCE));
    }

    static String dataMapName(String namespace) {
        return "databases." + namespace;
    }

    static String metaMapName(String namespace) {
        return "meta." + namespace;
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> data = openMap(store, dataMapName(namespace));
        MVMap<String, Object> meta = openMap(store, metaMapName(namespace));
        return new IsolatedH2Collection(this, collectionName, options, data, meta, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        return new TypedH2UniqueIndex(openMap(store, indexMapName(collectionName, indexName)), indexName, keys,
                sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(indexMapName(collection.getCollectionName(), indexName));
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        String prefix = getDatabaseName() + ".";
        store.getMapNames().stream()
                .filter(name -> name.startsWith(prefix) || name.startsWith(dataMapName(prefix))
                        || name.startsWith(metaMapName(prefix)))
                .toList()
                .forEach(store::removeMap);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String namespace = getFullCollectionNamespace(collectionName);
        store.removeMap(dataMapName(namespace));
        store.removeMap(metaMapName(namespace));
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String oldNamespace = collection.getFullName();
        String newNamespace = getFullCollectionNamespace(newCollectionName);
        store.renameMap(openMap(store, dataMapName(oldNamespace)), dataMapName(newNamespace));
        store.renameMap(openMap(store, metaMapName(oldNamespace)), metaMapName(newNamespace));
    }

    @Override
    protected long getStorageSize() {
        return store.getFileStore() == null ? 0 : store.getFileStore().size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }
}
