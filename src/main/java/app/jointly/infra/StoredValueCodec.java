package app.jointly.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

/**
 * The embedded database's on-disk form of one stored key or value: a tag byte, then a compact binary form written
 * straight into H2's buffer (documents field by field, with the same form for each value, so writing a page makes
 * no garbage beyond the buffer). The rarer BSON kinds (binary data, timestamps, decimals...) are written as single
 * BSON values, and anything else (never seen in practice) as Java serialisation, so no value can be refused or
 * lost.
 */
final class StoredValueCodec {

    private static final byte NULL = 1;
    private static final byte MISSING = 2;
    private static final byte FALSE = 3;
    private static final byte TRUE = 4;
    private static final byte INT = 5;
    private static final byte LONG = 6;
    private static final byte DOUBLE = 7;
    private static final byte STRING = 8;
    private static final byte OBJECT_ID = 9;
    private static final byte UUID_VALUE = 10;
    private static final byte INSTANT = 11;
    private static final byte DOCUMENT = 12;
    private static final byte KEY_VALUE = 13;
    private static final byte LIST = 14;
    private static final byte JAVA = 15;
    private static final byte BSON_VALUE = 16;

    private StoredValueCodec() {
    }

    static void write(WriteBuffer buffer, Object value) {
        switch (value) {
            case null -> buffer.put(NULL);
            case Missing missing -> buffer.put(MISSING);
            case Boolean b -> buffer.put(b ? TRUE : FALSE);
            case Integer i -> buffer.put(INT).putInt(i);
            case Long l -> buffer.put(LONG).putLong(l);
            case Double d -> buffer.put(DOUBLE).putDouble(d);
            case String s -> writeString(buffer.put(STRING), s);
            case ObjectId id -> buffer.put(OBJECT_ID).put(id.toByteArray());
            case UUID uuid -> buffer.put(UUID_VALUE).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            case Instant instant -> buffer.put(INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
            case Document document -> writeDocument(buffer, document);
            case KeyValue key -> writeSequence(buffer.put(KEY_VALUE), key.size(), key);
            case List<?> list -> writeSequence(buffer.put(LIST), list.size(), list);
            default -> writeOther(buffer, value);
        }
    }

    static Object read(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case MISSING -> Missing.getInstance();
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case INT -> buffer.getInt();
            case LONG -> buffer.getLong();
            case DOUBLE -> buffer.getDouble();
            case STRING -> DataUtils.readString(buffer);
            case OBJECT_ID -> new ObjectId(bytes(buffer, 12));
            case UUID_VALUE -> new UUID(buffer.getLong(), buffer.getLong());
            case INSTANT -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
            case DOCUMENT -> readDocument(buffer);
            case KEY_VALUE -> new KeyValue(readSequence(buffer));
            case LIST -> readSequence(buffer);
            case JAVA -> readJava(buffer);
            case BSON_VALUE -> readBsonValue(buffer);
            default -> throw new IllegalStateException("Unknown stored value tag " + tag + " at " + buffer.position());
        };
    }

    private static void writeDocument(WriteBuffer buffer, Document document) {
        buffer.put(DOCUMENT).putVarInt(document.size());
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            writeString(buffer, entry.getKey());
            write(buffer, entry.getValue());
        }
    }

    private static Document readDocument(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        Document document = new Document();
        for (int i = 0; i < size; i++) {
            String name = DataUtils.readString(buffer);
            document.put(name, read(buffer));
        }
        return document;
    }

    /** Length, then H2's string data: what {@link DataUtils#readString(ByteBuffer)} reads back. */
    private static void writeString(WriteBuffer buffer, String value) {
        buffer.putVarInt(value.length()).putStringData(value, value.length());
    }

    private static void writeOther(WriteBuffer buffer, Object value) {
        byte type;
        try {
            type = BsonEncoder.determineType(value);
        } catch (RuntimeException notBson) {
            writeJava(buffer, value);
            return;
        }
        ByteBuf bson = Unpooled.buffer(32);
        try {
            BsonEncoder.encodeValue(type, value, bson);
            int length = bson.readableBytes();
            buffer.put(BSON_VALUE).put(type).putVarInt(length).put(bson.nioBuffer(bson.readerIndex(), length));
        } finally {
            bson.release();
        }
    }

    private static Object readBsonValue(ByteBuffer buffer) {
        byte type = buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer slice = buffer.slice(buffer.position(), length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeValue(type, Unpooled.wrappedBuffer(slice));
    }

    private static void writeSequence(WriteBuffer buffer, int size, Iterable<?> values) {
        buffer.putVarInt(size);
        for (Object value : values) {
            write(buffer, value);
        }
    }

    private static List<Object> readSequence(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(read(buffer));
        }
        return values;
    }

    private static void writeJava(WriteBuffer buffer, Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a value of type " + value.getClass().getName(), e);
        }
        buffer.put(JAVA).putVarInt(bytes.size()).put(bytes.toByteArray());
    }

    private static Object readJava(ByteBuffer buffer) {
        byte[] data = bytes(buffer, DataUtils.readVarInt(buffer));
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read a stored value", e);
        }
    }

    private static byte[] bytes(ByteBuffer buffer, int length) {
        byte[] data = new byte[length];
        buffer.get(data);
        return data;
    }

    /** The encoded form, for ordering values of a type without a natural order. */
    static byte[] encode(Object value) {
        WriteBuffer buffer = new WriteBuffer(64);
        write(buffer, value);
        ByteBuffer encoded = buffer.getBuffer().flip();
        byte[] data = new byte[encoded.remaining()];
        encoded.get(data);
        return data;
    }
}
