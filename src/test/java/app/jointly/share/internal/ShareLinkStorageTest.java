package app.jointly.share.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.jointly.document.DocumentKind;
import app.jointly.document.DocumentService;
import app.jointly.document.DocumentView;
import app.jointly.document.NewSection;
import app.jointly.document.internal.DocumentTestFixture;
import app.jointly.share.IssuedShareLink;
import app.jointly.share.LinkNotValidException;
import app.jointly.share.NewShareLink;
import app.jointly.shared.UserId;
import app.jointly.shared.WorkspaceId;
import app.jointly.votetesting.InMemoryMongo;
import app.jointly.workspace.Role;
import java.time.Clock;
import java.util.Optional;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a database reader learns about links: a hash, never a token that opens one. */
class ShareLinkStorageTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-02T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final InMemoryMongo mongo = new InMemoryMongo();
    private final DocumentTestFixture fixture = new DocumentTestFixture(Clock.systemUTC());
    private final DocumentService documents = fixture.service();
    private final WorkspaceId workspace = WorkspaceId.newId();
    private final UserId editor = UserId.newId();
    private final ShareLinkStore store = new ShareLinkStore(mongo.template());
    private final VersionReader versions = (document, versionId, reader) ->
            Optional.of(new VersionReader.Version(null, documents.get(document, reader)));
    private final DefaultShareLinks links = new DefaultShareLinks(documents, fixture.workspaceAccess(), store,
            versions, clock);
    private final ActiveLinks active = new ActiveLinks(store, clock);

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfATokenAndTheHashOpensNothing() {
        IssuedShareLink issued = links.create(plan().id(), new NewShareLink(null, null, true), editor);
        String token = issued.token();

        List<Document> stored = mongo.template().findAll(Document.class, ShareLinkStore.COLLECTION);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).toJson()).doesNotContain(token);
        assertThat(stored.get(0).getString("tokenHash")).isEqualTo(ShareToken.hash(token)).hasSize(64);
        for (String collection : mongo.template().getCollectionNames()) {
            assertThat(mongo.template().findAll(Document.class, collection))
                    .allSatisfy(d -> assertThat(d.toJson()).doesNotContain(token));
        }

        assertThat(active.require(token).id()).isEqualTo(issued.link().id());
        String hash = stored.get(0).getString("tokenHash");
        assertThatThrownBy(() -> active.require(hash)).isInstanceOf(LinkNotValidException.class);
        assertThatThrownBy(() -> active.require(hash.substring(0, 43))).isInstanceOf(LinkNotValidException.class);
    }

    @Test
    void aLinkStopsOpeningWhenItExpiresOrIsRevoked() {
        DocumentView plan = plan();
        IssuedShareLink expiring = links.create(plan.id(), new NewShareLink(now.get().plus(Duration.ofHours(1)),
                null, false), editor);
        IssuedShareLink revoked = links.create(plan.id(), new NewShareLink(null, null, false), editor);
        assertThat(active.require(expiring.token())).isNotNull();

        links.revoke(revoked.link().id(), editor);
        assertThatThrownBy(() -> active.require(revoked.token())).isInstanceOf(LinkNotValidException.class);
        now.set(now.get().plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> active.require(expiring.token())).isInstanceOf(LinkNotValidException.class);
    }

    @Test
    void tokensAreLongUrlSafeAndDifferent() {
        String a = ShareToken.generate();
        String b = ShareToken.generate();
        assertThat(a).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(b);
        assertThat(ShareToken.wellFormed(a)).isTrue();
        assertThat(ShareToken.wellFormed(a + "=")).isFalse();
        assertThat(ShareToken.sameHash(ShareToken.hash(a), ShareToken.hash(a))).isTrue();
        assertThat(ShareToken.sameHash(ShareToken.hash(a), ShareToken.hash(b))).isFalse();
    }

    private DocumentView plan() {
        fixture.addMember(workspace, editor, Role.LEAD);
        return documents.create(workspace, "Conference Plan", DocumentKind.PLAN,
                List.of(new NewSection("Problem", "Too much excellence lives in pockets.")), editor);
    }
}
