package app.jointly.infra;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

class StoredValueTypeTest {

    private static final StoredValueType TYPE = StoredValueType.INSTANCE;

    static List<Object> samples() {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add(Missing.getInstance());
        values.add(true);
        values.add(false);
        values.addAll(List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE));
        values.addAll(List.of(1L, -5L, Long.MAX_VALUE));
        values.addAll(List.of(1.0, -0.0, 0.0, Double.NaN, 2.5));
        values.addAll(List.of("", "a", "b", "ab", "Article 12: Teacher Evaluation", "é ✓ 𝄞 日本"));
        values.add(new ObjectId("5f1d7a3b9c0e4a2b3c4d5e6f"));
        values.add(new ObjectId("5f1d7a3b9c0e4a2b3c4d5e70"));
        values.add(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        values.add(Instant.ofEpochSecond(1_700_000_000L, 123_456_789));
        values.add(Instant.ofEpochMilli(1_700_000_000_000L));
        values.add(new Document("_id", "doc-1").append("n", 3).append("big", 7L)
                .append("tags", new ArrayList<>(List.of("a", "b"))).append("at", Instant.ofEpochMilli(1_000))
                .append("nested", new Document("x", 1.5).append("none", null)));
        values.add(new Document("_id", "doc-1").append("n", 4));
        values.add(new Document("b", 1).append("a", 2));
        values.add(new Document("a", 2).append("b", 1));
        values.add(new KeyValue("ws-1", "user-1"));
        values.add(new KeyValue("ws-1", Missing.getInstance()));
        values.add(new KeyValue((Object) null));
        values.add(new KeyValue(1.0));
        // lists are stored as the server makes them: ArrayLists
        values.add(new ArrayList<>(List.of(1, "two", new ArrayList<>(List.of(3.0)))));
        values.add(new BsonTimestamp(12345L));
        values.add(Decimal128.ONE);
        values.add(new Date(1_000L));
        return values;
    }

    private static Object roundTrip(Object value) {
        WriteBuffer buffer = new WriteBuffer(16);
        TYPE.write(buffer, value);
        ByteBuffer written = buffer.getBuffer().flip();
        Object read = TYPE.read(written);
        assertThat(written.remaining()).as("bytes left after reading %s", value).isZero();
        return read;
    }

    @Test
    void everyKindOfValueComesBackEqualAndOfTheSameType() {
        for (Object value : samples()) {
            Object read = roundTrip(value);
            assertThat(read).as("read back").isEqualTo(value);
            if (value != null) {
                assertThat(read.getClass()).isEqualTo(value.getClass());
            }
            assertThat(TYPE.compare(read, value)).as("compared with %s", value).isZero();
        }
    }

    @Test
    void aDocumentKeepsItsFieldOrderAndValueTypes() {
        Document document = new Document("z", 1).append("a", 2L).append("m", new Document("k", List.of(1, 2L)));
        Document read = (Document) roundTrip(document);
        assertThat(new ArrayList<>(read.keySet())).containsExactly("z", "a", "m");
        assertThat(read.get("a")).isInstanceOf(Long.class);
        assertThat(((List<?>) ((Document) read.get("m")).get("k")).get(1)).isInstanceOf(Long.class);
    }

    @Test
    void aDocumentHoldingAValueBsonCannotCarryIsStillKept() {
        Document document = new Document("key", new KeyValue("a", 1)).append("n", 1);
        assertThat(roundTrip(document)).isEqualTo(document);
    }

    @Test
    void equalOnlyWhenOfTheSameKindWithEqualContents() {
        assertThat(TYPE.compare(1, 1L)).isNotZero();
        assertThat(TYPE.compare(1, 1.0)).isNotZero();
        assertThat(TYPE.compare(new Document("b", 1).append("a", 2), new Document("a", 2).append("b", 1)))
                .isNotZero();
        assertThat(TYPE.compare(new KeyValue("a", 1), new KeyValue("a", 1))).isZero();
        assertThat(TYPE.compare(new KeyValue("a", 1), new KeyValue("a", 2))).isNegative();
        assertThat(TYPE.compare(new KeyValue("a"), new KeyValue("a", 1))).isNegative();
        assertThat(TYPE.compare(null, Missing.getInstance())).isNotZero();
        assertThat(TYPE.compare("ws-1:10", "ws-1:9")).isNegative();
    }

    @Test
    void theOrderIsATotalOrder() {
        List<Object> values = samples();
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            values.add(new KeyValue("k" + random.nextInt(3), random.nextInt(3)));
            values.add(new Document("_id", "d" + random.nextInt(3)).append("v", random.nextInt(2)));
        }
        for (Object a : values) {
            assertThat(TYPE.compare(a, a)).isZero();
            for (Object b : values) {
                int ab = Integer.signum(TYPE.compare(a, b));
                assertThat(Integer.signum(TYPE.compare(b, a))).as("%s vs %s", a, b).isEqualTo(-ab);
                for (Object c : values) {
                    if (ab <= 0 && TYPE.compare(b, c) <= 0) {
                        assertThat(TYPE.compare(a, c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }
}
