package app.jointly.vote;

import static org.assertj.core.api.Assertions.assertThat;

import app.jointly.collab.NodeProcess;
import app.jointly.testsupport.TestApi;
import app.jointly.testsupport.TestApi.Response;
import app.jointly.testsupport.TestApi.TestUser;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * The attack that used to work, and the ones that come next, against what a secret vote leaves on disk. Six
 * voters cast through the API of a node on its own embedded database, which is then killed; the attacker reads the
 * database file raw (every page version still in it, in write order) and the node's log, knowing the voters' ids,
 * the choices and the vote's public key. The previous store kept per-choice counters written right after each
 * voter's row: the counter versions sat next to the rows and gave every choice away. Now nothing near the vote or a
 * voter names a choice, the only thing a cast writes beside the "voted" mark is ciphertexts, two ballots for the
 * same choice have nothing in common, and encrypting candidate choices under the public key matches none of them.
 * The node then restarts on the same folder (and its master key file), closes the vote with the right totals, and
 * every receipt checks as counted.
 */
class SecretBallotForensicsIT {

    private static final List<String> CHOICES = List.of("yes", "yes", "no", "abstain", "yes", "no");
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final int CIPHERTEXT = 66;
    private static final int BALLOT = 3 * CIPHERTEXT;

    @TempDir
    Path dataDir;

    private static TestApi api(NodeProcess node) {
        return new TestApi(new MockEnvironment().withProperty("local.server.port", String.valueOf(node.port())));
    }

    @Test
    void theDatabaseFileAndTheLogCannotLinkAVoterToAChoice() throws Exception {
        TestUser owner;
        String voteId;
        Map<TestUser, String> receipts = new LinkedHashMap<>();
        Path firstLog;
        try (NodeProcess node = NodeProcess.alone(dataDir)) {
            TestApi api = api(node);
            owner = api.createUser("forensic");
            JsonNode ws = api.createWorkspace(owner, "Forensics", "District", "Union");
            List<TestUser> voters = new ArrayList<>();
            for (int i = 0; i < CHOICES.size(); i++) {
                TestUser voter = api.createUser("voter");
                api.addMember(owner, ws, voter, "member", "Union");
                voters.add(voter);
            }
            Response created = api.post(owner.token(), "/api/v1/workspaces/" + ws.path("id").asString() + "/votes",
                    Map.of("question", "Ratify the agreement?", "method", "ratification", "electorate", "party",
                            "partyId", TestApi.partyId(ws, "Union"), "secret", true));
            voteId = created.text("id");
            assertThat(api.post(owner.token(), "/api/v1/votes/" + voteId + "/open", Map.of()).status())
                    .isEqualTo(200);
            for (int i = 0; i < voters.size(); i++) {
                Response cast = api.put(voters.get(i).token(), "/api/v1/votes/" + voteId + "/ballot",
                        Map.of("choice", CHOICES.get(i)));
                assertThat(cast.status()).as(cast.body()).isEqualTo(200);
                assertThat(cast.json().path("choice").isNull()).isTrue();
                receipts.put(voters.get(i), cast.text("receipt"));
            }
            Response early = api.get(owner.token(), "/api/v1/votes/" + voteId + "/receipts/"
                    + receipts.values().iterator().next());
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.text("error")).isEqualTo("vote-not-closed");
            firstLog = Path.of("target", "node-" + node.port() + ".log");
            node.kill();
        }

        byte[] file = Files.readAllBytes(databaseFile());
        List<String> voterIds = receipts.keySet().stream().map(TestUser::id).toList();

        // 1. the old attack: counter documents, or any choice stored as a value anywhere in the file (in this
        //    database only the vote's ballots could have put one there); the store writes a string value as its
        //    type byte (8), its length and its characters
        for (String choice : VoteMethod.YES_NO_ABSTAIN) {
            assertThat(indexOf(file, ascii(voteId + ":" + choice), 0)).as("a counter for " + choice).isEqualTo(-1);
            byte[] stored = new byte[choice.length() + 2];
            stored[0] = 8;
            stored[1] = (byte) choice.length();
            System.arraycopy(ascii(choice), 0, stored, 2, choice.length());
            assertThat(indexOf(file, stored, 0)).as("the value '" + choice + "' stored").isEqualTo(-1);
        }
        assertThat(indexOf(file, ascii("abstain"), 0)).as("'abstain' anywhere").isEqualTo(-1);
        assertThat(indexOf(file, ascii(voteId), 0)).as("the attacker is looking at the right file").isNotNegative();
        for (String id : voterIds) {
            assertThat(indexOf(file, ascii(id), 0)).isNotNegative();
        }

        // 2. what a cast wrote beside its receipt: the attacker finds the ballot whose hash is the receipt
        List<byte[]> ballots = new ArrayList<>();
        for (String receipt : receipts.values()) {
            ballots.add(ballotOnDisk(file, receipt));
        }
        Set<String> points = new HashSet<>();
        for (byte[] ballot : ballots) {
            for (int i = 0; i < ballot.length; i += 33) {
                ECPoint point = P256.getCurve().decodePoint(Arrays.copyOfRange(ballot, i, i + 33));
                assertThat(point.isValid()).isTrue();
                assertThat(points.add(HexFormat.of().formatHex(ballot, i, i + 33)))
                        .as("no ciphertext part shared between ballots, even for equal choices").isTrue();
            }
        }

        // 3. encrypting the candidate choices under the vote's public key (from the same file) matches no ballot
        ECPoint publicKey = publicKeyOnDisk(file);
        SecureRandom random = new SecureRandom();
        for (int choice = 0; choice < 3; choice++) {
            for (int attempt = 0; attempt < 20; attempt++) {
                byte[] guess = encryptAsAnAttacker(publicKey, choice, random);
                for (byte[] ballot : ballots) {
                    assertThat(Arrays.equals(Arrays.copyOf(guess, CIPHERTEXT), Arrays.copyOf(ballot, CIPHERTEXT)))
                            .isFalse();
                    assertThat(HexFormat.of().formatHex(ballot)).doesNotContain(
                            HexFormat.of().formatHex(guess, CIPHERTEXT, BALLOT));
                }
            }
        }

        // 4. the master key is not in the database file, and the log carries no choice
        String masterKey = Files.readString(dataDir.resolve("ballot-master.key")).strip();
        assertThat(indexOf(file, ascii(masterKey), 0)).isEqualTo(-1);
        assertThat(indexOf(file, Base64.getDecoder().decode(masterKey), 0)).isEqualTo(-1);
        List<String> logLines = Files.readAllLines(firstLog);
        assertThat(logLines).anyMatch(line -> line.contains(voteId));
        assertThat(logLines).filteredOn(line -> line.contains(voteId) || voterIds.stream().anyMatch(line::contains))
                .noneMatch(line -> line.matches("(?i).*\\b(yes|no|abstain)\\b.*"));

        // 5. restarted on the same folder: closing decrypts the right totals and every receipt was counted
        try (NodeProcess node = NodeProcess.alone(dataDir)) {
            TestApi api = api(node);
            String token = api.tokenFor(owner.username(), owner.password());
            Response closed = api.post(token, "/api/v1/votes/" + voteId + "/close", Map.of());
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            JsonNode result = api.get(token, "/api/v1/votes/" + voteId + "/result").json();
            assertThat(result.path("turnout").asLong()).isEqualTo(6);
            assertThat(result.path("counts").path("yes").asLong()).isEqualTo(3);
            assertThat(result.path("counts").path("no").asLong()).isEqualTo(2);
            assertThat(result.path("counts").path("abstain").asLong()).isEqualTo(1);
            assertThat(result.path("uncounted").asLong()).isZero();
            for (String receipt : receipts.values()) {
                Response check = api.get(token, "/api/v1/votes/" + voteId + "/receipts/" + receipt);
                assertThat(check.status()).isEqualTo(200);
                assertThat(check.json().path("counted").asBoolean()).isTrue();
                assertThat(check.body()).doesNotContain("yes", "abstain", "\"no\"");
            }
            Response unknown = api.get(token, "/api/v1/votes/" + voteId + "/receipts/" + "0".repeat(32));
            assertThat(unknown.json().path("counted").asBoolean(true)).isFalse();
            Response invalid = api.get(token, "/api/v1/votes/" + voteId + "/receipts/not-a-receipt");
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(invalid.text("error")).isEqualTo("invalid-receipt");
        }
    }

    /** The 198 bytes within 4 KB of the receipt's text whose SHA-256 starts with the receipt. */
    private static byte[] ballotOnDisk(byte[] file, String receipt) throws Exception {
        byte[] wanted = HexFormat.of().parseHex(receipt.replace("-", ""));
        int at = indexOf(file, ascii(receipt), 0);
        assertThat(at).as("receipt " + receipt + " stored").isGreaterThanOrEqualTo(0);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int start = Math.max(0, at - 4096); start + BALLOT <= Math.min(file.length, at + 4096); start++) {
            sha.update(file, start, BALLOT);
            if (Arrays.equals(Arrays.copyOf(sha.digest(), wanted.length), wanted)) {
                return Arrays.copyOfRange(file, start, start + BALLOT);
            }
        }
        throw new AssertionError("No ballot next to receipt " + receipt);
    }

    /** The first valid compressed P-256 point stored right after a "publicKey" field name. */
    private static ECPoint publicKeyOnDisk(byte[] file) {
        for (int at = indexOf(file, ascii("publicKey"), 0); at >= 0; at = indexOf(file, ascii("publicKey"), at + 1)) {
            for (int start = at + 9; start < at + 40 && start + 33 <= file.length; start++) {
                if (file[start] == 2 || file[start] == 3) {
                    try {
                        return P256.getCurve().decodePoint(Arrays.copyOfRange(file, start, start + 33));
                    } catch (IllegalArgumentException notAPoint) {
                        // keep looking: these bytes were the field's header, not the point
                    }
                }
            }
        }
        throw new AssertionError("No public key in the file");
    }

    private static byte[] encryptAsAnAttacker(ECPoint publicKey, int chosen, SecureRandom random) {
        byte[] ballot = new byte[BALLOT];
        for (int i = 0; i < 3; i++) {
            BigInteger r = BigIntegers.createRandomInRange(BigInteger.ONE, P256.getN().subtract(BigInteger.ONE),
                    random);
            ECPoint a = P256.getG().multiply(r);
            ECPoint b = publicKey.multiply(r).add(P256.getG().multiply(BigInteger.valueOf(i == chosen ? 1 : 0)));
            System.arraycopy(a.getEncoded(true), 0, ballot, i * CIPHERTEXT, 33);
            System.arraycopy(b.getEncoded(true), 0, ballot, i * CIPHERTEXT + 33, 33);
        }
        return ballot;
    }

    private Path databaseFile() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).findFirst().orElseThrow();
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
