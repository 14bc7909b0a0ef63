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
}
