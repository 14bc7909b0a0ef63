package app.jointly.vote.internal;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.util.BigIntegers;
import org.springframework.stereotype.Component;

/**
 * Exponential ElGamal on the standard curve P-256 (secp256r1), the scheme Helios uses for its ballots, with
 * BouncyCastle's point arithmetic. A ballot is one ciphertext per choice, encrypting 1 for the chosen one and 0 for
 * the others, each with fresh randomness, so two ballots for the same choice look unrelated. Ciphertexts add up
 * homomorphically ({@code (a1+a2, b1+b2)} encrypts {@code m1+m2}), so closing a vote decrypts only the per-choice
 * totals: a small discrete logarithm, since a total is at most the number of ballots.
 */
@Component
public final class BallotCipher {

    /** Bytes of one compressed P-256 point. */
    static final int POINT = 33;
    /** Bytes of one ciphertext (two points). */
    static final int CIPHERTEXT = 2 * POINT;

    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256r1");
    private static final ECPoint G = CURVE.getG();
    private static final BigInteger N = CURVE.getN();
    private static final FixedPointCombMultiplier BASE = new FixedPointCombMultiplier();

    private final SecureRandom random = new SecureRandom();

    /** A vote's key pair; {@code secret} never leaves the process unwrapped. */
    record KeyPair(BigInteger secret, ECPoint publicKey) {
    }

    /** One ElGamal ciphertext (r·G, r·H + m·G). */
    record Ciphertext(ECPoint a, ECPoint b) {

        Ciphertext plus(Ciphertext other) {
            return new Ciphertext(a.add(other.a), b.add(other.b));
        }
    }

    KeyPair newKeyPair() {
        BigInteger secret = randomScalar();
        return new KeyPair(secret, BASE.multiply(G, secret).normalize());
    }

    /**
     * Encrypts a ballot for choice number {@code chosen} out of {@code choices}.
     *
     * @return the ciphertexts one after the other, {@link #CIPHERTEXT} bytes each
     */
    byte[] encryptBallot(ECPoint publicKey, int chosen, int choices) {
        byte[] ballot = new byte[choices * CIPHERTEXT];
        for (int i = 0; i < choices; i++) {
            Ciphertext c = encrypt(publicKey, i == chosen ? 1 : 0);
            System.arraycopy(c.a().getEncoded(true), 0, ballot, i * CIPHERTEXT, POINT);
            System.arraycopy(c.b().getEncoded(true), 0, ballot, i * CIPHERTEXT + POINT, POINT);
        }
        return ballot;
    }

    /**
     * One ciphertext. Both products use BouncyCastle's fixed-point comb, whose table is kept on the point itself:
     * for G once per process, for a vote's public key once per node (callers pass the same cached instance).
     */
    Ciphertext encrypt(ECPoint publicKey, long message) {
        BigInteger r = randomScalar();
        ECPoint a = BASE.multiply(G, r);
        ECPoint rh = BASE.multiply(publicKey, r);
        ECPoint b = message == 0 ? rh : rh.add(BASE.multiply(G, BigInteger.valueOf(message)));
        return new Ciphertext(a.normalize(), b.normalize());
    }

    /** The ballot's ciphertexts; refuses bytes of the wrong length or that are not points of the curve. */
    static List<Ciphertext> decode(byte[] ballot, int choices) {
        if (ballot.length != choices * CIPHERTEXT) {
            throw new IllegalArgumentException("A ballot for " + choices + " choices has " + choices * CIPHERTEXT
                    + " bytes, not " + ballot.length);
        }
        List<Ciphertext> ciphertexts = new ArrayList<>(choices);
        for (int i = 0; i < choices; i++) {
            int at = i * CIPHERTEXT;
            ciphertexts.add(new Ciphertext(point(Arrays.copyOfRange(ballot, at, at + POINT)),
                    point(Arrays.copyOfRange(ballot, at + POINT, at + CIPHERTEXT))));
        }
        return ciphertexts;
    }

    /** The sum, choice by choice, of the given ballots' ciphertexts (an encryption of 0 for no ballots). */
    static List<Ciphertext> sum(Iterable<byte[]> ballots, int choices) {
        ECPoint zero = CURVE.getCurve().getInfinity();
        List<Ciphertext> totals = new ArrayList<>(choices);
        for (int i = 0; i < choices; i++) {
            totals.add(new Ciphertext(zero, zero));
        }
        for (byte[] ballot : ballots) {
            List<Ciphertext> ciphertexts = decode(ballot, choices);
            for (int i = 0; i < choices; i++) {
                totals.set(i, totals.get(i).plus(ciphertexts.get(i)));
            }
        }
        return totals;
    }

    /**
     * Decrypts a total known to lie in {@code 0..max}.
     *
     * @throws IllegalStateException when it does not (a wrong key, or a ballot that was not made here)
     */
    static long decryptTotal(BigInteger secret, Ciphertext total, long max) {
        ECPoint target = total.b().subtract(total.a().multiply(secret)).normalize();
        ECPoint candidate = CURVE.getCurve().getInfinity();
        for (long m = 0; m <= max; m++) {
            if (candidate.equals(target)) {
                return m;
            }
            candidate = candidate.add(G).normalize();
        }
        throw new IllegalStateException("A total did not decrypt to a count between 0 and " + max);
    }

    static ECPoint point(byte[] encoded) {
        ECCurve curve = CURVE.getCurve();
        return curve.decodePoint(encoded);
    }

    static byte[] encodeSecret(BigInteger secret) {
        return BigIntegers.asUnsignedByteArray(32, secret);
    }

    static BigInteger decodeSecret(byte[] bytes) {
        return BigIntegers.fromUnsignedByteArray(bytes);
    }

    static boolean matches(BigInteger secret, ECPoint publicKey) {
        return BASE.multiply(G, secret).normalize().equals(publicKey.normalize());
    }

    private BigInteger randomScalar() {
        return BigIntegers.createRandomInRange(BigInteger.ONE, N.subtract(BigInteger.ONE), random);
    }
}
