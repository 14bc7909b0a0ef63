package app.jointly.vote.internal;

import app.jointly.vote.VoteId;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.math.ec.ECPoint;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Each secret vote's ElGamal key pair, one document per vote in {@code vote_ballot_keys}: the public key in the
 * clear (every node encrypts ballots with it), the private key only wrapped under the {@link BallotMasterKey},
 * which is not in the database. The pair is made when the vote opens, or at the first cast of a secret vote that
 * was opened before ballots were encrypted; an insert-if-absent means every node ends up with the same pair.
 */
@Component
public class BallotKeys {

    static final String COLLECTION = "vote_ballot_keys";

    private final MongoTemplate mongo;
    private final BallotMasterKey master;
    private final BallotCipher cipher;
    /** Public keys never change once stored, so each node reads each at most once. */
    private final Map<String, ECPoint> publicKeys = new ConcurrentHashMap<>();

    public BallotKeys(MongoTemplate mongo, BallotMasterKey master, BallotCipher cipher) {
        this.mongo = mongo;
        this.master = master;
        this.cipher = cipher;
    }

    /** The vote's public key, made and stored first if it has none yet. */
    ECPoint publicKey(VoteId vote) {
        return publicKeys.computeIfAbsent(vote.value(), id -> stored(vote).orElseGet(() -> create(vote)));
    }

    /** Whether the vote has a key pair (a vote opened before ballots were encrypted may have none). */
    boolean exists(VoteId vote) {
        return publicKeys.containsKey(vote.value()) || mongo.exists(byId(vote), COLLECTION);
    }

    /**
     * The vote's private key, unwrapped for counting.
     *
     * @throws IllegalStateException when this node's master key is not the one the key was wrapped with
     */
    BigInteger secretKey(VoteId vote) {
        Document document = mongo.findById(vote.value(), Document.class, COLLECTION);
        if (document == null) {
            throw new IllegalStateException("Vote " + vote + " has no ballot key");
        }
        BigInteger secret = BallotCipher.decodeSecret(master.unwrap(
                document.get("wrappedSecret", Binary.class).getData(), vote.value()));
        ECPoint publicKey = BallotCipher.point(document.get("publicKey", Binary.class).getData());
        if (!BallotCipher.matches(secret, publicKey)) {
            throw new IllegalStateException("Vote " + vote + ": the unwrapped key does not match its public key");
        }
        return secret;
    }

    private Optional<ECPoint> stored(VoteId vote) {
        return Optional.ofNullable(mongo.findById(vote.value(), Document.class, COLLECTION))
                .map(d -> BallotCipher.point(d.get("publicKey", Binary.class).getData()));
    }

    private ECPoint create(VoteId vote) {
        BallotCipher.KeyPair pair = cipher.newKeyPair();
        mongo.upsert(byId(vote), new Update()
                .setOnInsert("publicKey", new Binary(pair.publicKey().getEncoded(true)))
                .setOnInsert("wrappedSecret", new Binary(master.wrap(BallotCipher.encodeSecret(pair.secret()),
                        vote.value()))), COLLECTION);
        // another node may have inserted its pair first: the stored one is the vote's key
        return stored(vote).orElseThrow();
    }

    private static Query byId(VoteId vote) {
        return Query.query(Criteria.where("_id").is(vote.value()));
    }
}
