package app.jointly.vote.internal;

import app.jointly.shared.InvalidInputException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A secret ballot's receipt (Helios calls it a ballot tracker): the first 128 bits of the SHA-256 of the ballot's
 * ciphertexts, written as eight groups of four hex digits. It identifies the ballot, so its holder can check after
 * closing that the ballot was counted, but it says nothing of the choice: the ciphertexts behind it are random to
 * anyone without the vote's key, and encrypting the same choice again gives other ciphertexts.
 */
final class BallotReceipt {

    private static final int BYTES = 16;
    private static final int MAX_INPUT = 100;

    private BallotReceipt() {
    }

    static String of(byte[] ballot) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(ballot);
            return normalise(HexFormat.of().formatHex(hash, 0, BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The receipt as stored, from what someone typed or pasted (any case; dashes and spaces optional). */
    static String normalise(String typed) {
        String digits = typed == null || typed.length() > MAX_INPUT ? ""
                : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!digits.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
            throw new InvalidInputException("invalid-receipt",
                    "A receipt is 32 hex digits, shown in groups of four like 1a2b-3c4d-...");
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 4) {
            grouped.append(i == 0 ? "" : "-").append(digits, i, i + 4);
        }
        return grouped.toString();
    }
}
