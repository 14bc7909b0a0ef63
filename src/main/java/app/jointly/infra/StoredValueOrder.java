package app.jointly.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The order of keys in the embedded database's maps: first by kind of value, then by value. Two keys are equal
 * exactly when they are of the same kind with equal contents (an int 1 and a long 1 are different keys, as they
 * were under H2's default type), so a unique index stays exactly as strict as before. The index keys of MongoDB
 * semantics (1 equals 1.0) are normalised by the server before they get here. Unlike H2's default type, no
 * comparison serialises anything.
 */
final class StoredValueOrder {

    private StoredValueOrder() {
    }

    static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        int kind = Integer.compare(kind(a), kind(b));
        if (kind != 0) {
            return kind;
        }
        return switch (a) {
            case null -> 0;
            case Missing missing -> 0;
            case Boolean x -> Boolean.compare(x, (Boolean) b);
            case Integer x -> Integer.compare(x, (Integer) b);
            case Long x -> Long.compare(x, (Long) b);
            case Double x -> Double.compare(x, (Double) b);
            case String x -> x.compareTo((String) b);
            case ObjectId x -> Arrays.compare(x.toByteArray(), ((ObjectId) b).toByteArray());
            case UUID x -> x.compareTo((UUID) b);
            case Instant x -> x.compareTo((Instant) b);
            case Document x -> compareDocuments(x, (Document) b);
            case KeyValue x -> compareSequences(x.iterator(), ((KeyValue) b).iterator());
            case List<?> x -> compareSequences(x.iterator(), ((List<?>) b).iterator());
            case byte[] x -> Arrays.compare(x, (byte[]) b);
            default -> compareOther(a, b);
        };
    }

    private static int kind(Object value) {
        return switch (value) {
            case null -> 0;
            case Missing missing -> 1;
            case Boolean b -> 2;
            case Integer i -> 3;
            case Long l -> 4;
            case Double d -> 5;
            case String s -> 6;
            case ObjectId id -> 7;
            case UUID uuid -> 8;
            case Instant instant -> 9;
            case Document document -> 10;
            case KeyValue key -> 11;
            case List<?> list -> 12;
            case byte[] bytes -> 13;
            default -> 14;
        };
    }

    /** Field by field in stored order (as the encoded form would compare): names first, then values. */
    private static int compareDocuments(Document a, Document b) {
        Iterator<Map.Entry<String, Object>> left = a.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> right = b.entrySet().iterator();
        while (left.hasNext() && right.hasNext()) {
            Map.Entry<String, Object> l = left.next();
            Map.Entry<String, Object> r = right.next();
            int byName = l.getKey().compareTo(r.getKey());
            if (byName != 0) {
                return byName;
            }
            int byValue = compare(l.getValue(), r.getValue());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    private static int compareSequences(Iterator<?> left, Iterator<?> right) {
        while (left.hasNext() && right.hasNext()) {
            int byValue = compare(left.next(), right.next());
            if (byValue != 0) {
                return byValue;
            }
        }
        return Boolean.compare(left.hasNext(), right.hasNext());
    }

    /** Rare kinds (BSON timestamps, decimals, binary data...): by class, then by their encoded form. */
    private static int compareOther(Object a, Object b) {
        int byClass = a.getClass().getName().compareTo(b.getClass().getName());
        if (byClass != 0) {
            return byClass;
        }
        return Arrays.compare(StoredValueCodec.encode(a), StoredValueCodec.encode(b));
    }
}
