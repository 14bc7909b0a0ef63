package app.jointly.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The H2 data type of every key and value of the embedded database ({@link StoredValueCodec} on disk,
 * {@link StoredValueOrder} in the tree). H2's default type Java-serialises each document again on every write of
 * its page and each index key on every comparison; under co-editing load that took about a third of a node's CPU.
 */
final class StoredValueType extends BasicDataType<Object> {

    static final StoredValueType INSTANCE = new StoredValueType();

    private StoredValueType() {
    }

    @Override
    public int compare(Object a, Object b) {
        return StoredValueOrder.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        return estimate(value, 0);
    }

    /** A rough in-memory size for H2's page splitting and cache, without encoding anything. */
    private static int estimate(Object value, int depth) {
        if (depth > 8) {
            return 64;
        }
        return switch (value) {
            case null -> 8;
            case String s -> 40 + 2 * s.length();
            case Document document -> estimateEntries(document, depth);
            case KeyValue key -> 24 + estimateAll(key, depth);
            case Collection<?> list -> 24 + estimateAll(list, depth);
            case byte[] bytes -> 24 + bytes.length;
            default -> 24;
        };
    }

    private static int estimateEntries(Map<String, Object> document, int depth) {
        int size = 48;
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            size += 32 + 2 * entry.getKey().length() + estimate(entry.getValue(), depth + 1);
        }
        return size;
    }

    private static int estimateAll(Iterable<?> values, int depth) {
        int size = 0;
        for (Object value : values) {
            size += 8 + estimate(value, depth + 1);
        }
        return size;
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        StoredValueCodec.write(buffer, value);
    }

    @Override
    public Object read(ByteBuffer buffer) {
        return StoredValueCodec.read(buffer);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
