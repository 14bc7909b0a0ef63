package app.jointly.collab.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.jointly.votetesting.InMemoryMongo;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class UpdateLogTest {

    private static List<Document> uniqueIndexes(InMemoryMongo mongo) {
        List<Document> unique = new ArrayList<>();
        for (Document index : mongo.template().getCollection(UpdateLog.UPDATES).listIndexes()) {
            if (Boolean.TRUE.equals(index.get("unique")) && !"_id_".equals(index.getString("name"))) {
                unique.add(index);
            }
        }
        return unique;
    }

    @Test
    void aDatabaseFromBeforeLosesItsSecondUniqueIndexAndTheIdStillRefusesADoubleWrite() {
        try (InMemoryMongo mongo = new InMemoryMongo()) {
            mongo.template().getCollection(UpdateLog.UPDATES).createIndex(Indexes.ascending("doc", "from"),
                    new IndexOptions().unique(true).name("doc_1_from_1"));
            assertThat(uniqueIndexes(mongo)).hasSize(1);

            UpdateLog log = new UpdateLog(mongo.template());

            assertThat(uniqueIndexes(mongo)).isEmpty();
            StoredUpdate first = new StoredUpdate(1, 1, "a", "u", "U", "[[0,\"x\"]]");
            log.updatesCollection().insertOne(UpdateLog.toDocument("t", List.of(first), 0));
            assertThatThrownBy(() -> log.updatesCollection()
                    .insertOne(UpdateLog.toDocument("t", List.of(first), 1)))
                    .isInstanceOf(MongoWriteException.class);
            assertThat(log.read("t", 0, 1)).extracting(StoredUpdate::version, StoredUpdate::groupFrom)
                    .containsExactly(tuple(1, 1));
        }
    }

    @Test
    void readsBatchesInTheListFormatAndInTheFormatFromBefore() {
        try (InMemoryMongo mongo = new InMemoryMongo()) {
            UpdateLog log = new UpdateLog(mongo.template());
            // versions 1-2, written before 2026-11-23 as one sub-document per update
            log.updatesCollection().insertOne(new Document("_id", "t:1").append("doc", "t").append("from", 1)
                    .append("to", 2).append("at", 0L).append("updates", List.of(
                            new Document("v", 1).append("g", 1).append("clientId", "a").append("userId", "u1")
                                    .append("userName", "Ana").append("changes", "[[0,\"x\"]]"),
                            new Document("v", 2).append("g", 1).append("clientId", "a").append("userId", "u1")
                                    .append("userName", "Ana").append("changes", "[1,[0,\"y\"]]"))));
            log.updatesCollection().insertOne(UpdateLog.toDocument("t", List.of(
                    new StoredUpdate(3, 3, "b", "u2", "Ben", "[2,[0,\"z\"]]"),
                    new StoredUpdate(4, 4, "jointly-server", null, null, "[[3,\"w\"]]")), 5));

            assertThat(log.read("t", 0, 4)).extracting(StoredUpdate::version, StoredUpdate::groupFrom,
                    StoredUpdate::clientId, StoredUpdate::userId, StoredUpdate::userName, StoredUpdate::changesJson)
                    .containsExactly(tuple(1, 1, "a", "u1", "Ana", "[[0,\"x\"]]"),
                            tuple(2, 1, "a", "u1", "Ana", "[1,[0,\"y\"]]"),
                            tuple(3, 3, "b", "u2", "Ben", "[2,[0,\"z\"]]"),
                            tuple(4, 4, "jointly-server", null, null, "[[3,\"w\"]]"));
            assertThat(log.read("t", 1, 3)).extracting(StoredUpdate::version).containsExactly(2, 3);
        }
    }
}
