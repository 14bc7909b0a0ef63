package app.jointly.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreMigrationTest {

    @TempDir
    Path dataDir;

    /** Writes a database the way the embedded server stored it before: the stock H2 backend and its type. */
    private void writeOldFormat() {
        H2Backend backend = new H2Backend(dataDir.resolve(StoreMigration.OLD_FILE).toString());
        MongoServer server = new MongoServer(backend);
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> members = client.getDatabase("jointly").getCollection("members");
            members.createIndex(Indexes.ascending("workspaceId", "userId"), new IndexOptions().unique(true));
            for (int i = 0; i < 50; i++) {
                members.insertOne(new Document("_id", "m" + i).append("workspaceId", "ws-" + (i % 5))
                        .append("userId", "user-" + i).append("joined", new Date(1_000L * i))
                        .append("roles", List.of("member", "voter")));
            }
            client.getDatabase("jointly").getCollection("log")
                    .insertOne(new Document("_id", new ObjectId()).append("at", Instant.ofEpochMilli(5)));
            backend.commit();
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void anOldDatabaseIsMovedOnceWithItsDocumentsAndUniqueIndexes() {
        writeOldFormat();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> members = client.getDatabase("jointly").getCollection("members");
            assertThat(members.countDocuments()).isEqualTo(50);
            Document m7 = members.find(Filters.eq("_id", "m7")).first();
            assertThat(m7).isNotNull();
            assertThat(m7.getString("userId")).isEqualTo("user-7");
            assertThat(m7.getList("roles", String.class)).containsExactly("member", "voter");
            assertThat(client.getDatabase("jointly").getCollection("log").countDocuments()).isEqualTo(1);
            assertThatThrownBy(() -> members.insertOne(new Document("_id", "other")
                    .append("workspaceId", "ws-2").append("userId", "user-7")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> members.insertOne(new Document("_id", "m7")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            members.insertOne(new Document("_id", "m50").append("workspaceId", "ws-0").append("userId", "user-50"));
        }
        assertThat(dataDir.resolve(StoreMigration.KEPT_OLD_FILE)).exists();
        assertThat(dataDir.resolve(StoreMigration.OLD_FILE)).doesNotExist();

        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("jointly").getCollection("members").countDocuments()).isEqualTo(51);
        }
    }

    @Test
    void aMoveInterruptedHalfWayStartsAgainFromTheUntouchedOldFile() throws Exception {
        writeOldFormat();
        Files.writeString(dataDir.resolve(StoreMigration.CURRENT_FILE + ".partial"), "left by a crash");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, 0);
                MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("jointly").getCollection("members").countDocuments()).isEqualTo(50);
        }
        assertThat(dataDir.resolve(StoreMigration.CURRENT_FILE + ".partial")).doesNotExist();
    }

    @Test
    void aNewDataFolderStartsInTheCurrentFormat() {
        assertThat(StoreMigration.prepare(dataDir)).isEqualTo(dataDir.resolve(StoreMigration.CURRENT_FILE));
        assertThat(dataDir.resolve(StoreMigration.KEPT_OLD_FILE)).doesNotExist();
    }
}
