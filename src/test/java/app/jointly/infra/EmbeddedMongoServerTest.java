package app.jointly.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoServerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestarts() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("jointly").getCollection("things").insertOne(new Document("_id", "a").append("n", 1));
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            Document found = client.getDatabase("jointly").getCollection("things").find().first();
            assertThat(found).isNotNull();
            assertThat(found.getInteger("n")).isEqualTo(1);
        }
    }

    @Test
    void aWriteIsOnDiskBeforeItIsAnswered() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            var things = client.getDatabase("jointly").getCollection("things");
            for (int i = 0; i < 20; i++) {
                things.insertOne(new Document("_id", "t" + i));
                assertThat(server.hasUnsavedChanges()).as("after insert %d", i).isFalse();
            }
            things.updateOne(new Document("_id", "t1"), new Document("$set", new Document("n", 2)));
            assertThat(server.hasUnsavedChanges()).isFalse();
            things.deleteOne(new Document("_id", "t2"));
            assertThat(server.hasUnsavedChanges()).isFalse();
        }
    }

    @Test
    void explainsWhenThePortIsTaken() {
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(dataDir.resolve("one"), 0)) {
            int port = Integer.parseInt(first.connectionString().replaceAll(".*:", ""));
            assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDir.resolve("two"), port))
                    .hasMessageContaining("jointly.mongodb.uri");
        }
    }
}
