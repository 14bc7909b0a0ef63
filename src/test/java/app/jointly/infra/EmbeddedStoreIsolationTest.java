package app.jointly.infra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read sees a document as one write left it, never half of one write and half of the next, and so a write
 * guarded by the version it read cannot overwrite a change it never saw. (mongo-java-server applies an update by
 * changing the stored document in place while a reader on another connection may still be encoding it; the
 * embedded store hands out copies. A document's fields written before its version field, as Spring Data writes a
 * document's sections before its {@code @Version}, were the case that lost an agreed article's text.)
 */
class EmbeddedStoreIsolationTest {

    private static final int SECTIONS = 40;

    @TempDir
    Path dataDir;

    @Test
    void aReadNeverMixesTwoWrites() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
                MongoClient writer = MongoClients.create(server.connectionString());
                MongoClient reader = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> written = writer.getDatabase("jointly").getCollection("docs");
            MongoCollection<Document> read = reader.getDatabase("jointly").getCollection("docs");
            written.insertOne(state(0));
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger torn = new AtomicInteger();
            AtomicInteger reads = new AtomicInteger();
            try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < 2; r++) {
                    readers.add(pool.submit(() -> {
                        while (!done.get()) {
                            Document seen = read.find(eq("_id", "d")).first();
                            reads.incrementAndGet();
                            long version = seen.getLong("version");
                            for (Document section : seen.getList("sections", Document.class)) {
                                if (section.getLong("writtenAt") != version) {
                                    torn.incrementAndGet();
                                    break;
                                }
                            }
                        }
                        return null;
                    }));
                }
                for (long v = 1; v <= 1_500; v++) {
                    written.replaceOne(eq("_id", "d"), state(v));
                }
                done.set(true);
                for (Future<?> r : readers) {
                    r.get();
                }
            }
            assertThat(reads.get()).as("reads made while writing").isGreaterThan(100);
            assertThat(torn.get()).as("reads that mixed two writes, of %d", reads.get()).isZero();
        }
    }

    @Test
    void versionGuardedWritesOfDifferentSectionsAreAllKept() throws Exception {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0)) {
            List<MongoClient> nodes = List.of(MongoClients.create(server.connectionString()),
                    MongoClients.create(server.connectionString()));
            try {
                nodes.getFirst().getDatabase("jointly").getCollection("docs").insertOne(state(0));
                for (int round = 1; round <= 30; round++) {
                    long mark = 1_000L + round;
                    CountDownLatch start = new CountDownLatch(1);
                    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                        List<Future<?>> writes = new ArrayList<>();
                        for (int w = 0; w < 8; w++) {
                            int section = w;
                            MongoCollection<Document> docs = nodes.get(w % 2).getDatabase("jointly")
                                    .getCollection("docs");
                            writes.add(pool.submit(() -> {
                                start.await();
                                writeSection(docs, section, mark);
                                return null;
                            }));
                        }
                        start.countDown();
                        for (Future<?> write : writes) {
                            write.get();
                        }
                    }
                    Document after = nodes.getFirst().getDatabase("jointly").getCollection("docs")
                            .find(eq("_id", "d")).first();
                    List<Document> sections = after.getList("sections", Document.class);
                    for (int w = 0; w < 8; w++) {
                        assertThat(sections.get(w).getLong("writtenAt")).as("round %d, section %d", round, w)
                                .isEqualTo(mark);
                    }
                }
            } finally {
                nodes.forEach(MongoClient::close);
            }
        }
    }

    /** Read, change one section, write back guarded by the version read: what Spring Data's {@code save} does. */
    private static void writeSection(MongoCollection<Document> docs, int section, long mark) {
        while (true) {
            Document current = docs.find(eq("_id", "d")).first();
            long version = current.getLong("version");
            List<Document> sections = new ArrayList<>(current.getList("sections", Document.class));
            sections.set(section, new Document("n", section).append("writtenAt", mark));
            Document next = new Document("sections", sections).append("version", version + 1);
            if (docs.replaceOne(and(eq("_id", "d"), eq("version", version)), next).getModifiedCount() == 1) {
                return;
            }
        }
    }

    /** Every section carries the version it was written with; sections come before the version, as Spring writes. */
    private static Document state(long version) {
        List<Document> sections = new ArrayList<>();
        for (int i = 0; i < SECTIONS; i++) {
            sections.add(new Document("n", i).append("writtenAt", version).append("text", "x".repeat(200)));
        }
        return new Document("_id", "d").append("sections", sections).append("version", version);
    }
}
