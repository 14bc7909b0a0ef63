package app.jointly.decision;

import app.jointly.shared.InvalidInputException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point of the decision log that someone noted outside Jointly: entry {@code seq} had hash {@code hash}. A hash
 * chain shows edits but not the loss of its newest entries; a checkpoint kept elsewhere shows that too, because
 * after a truncation (or a rewrite) the log no longer holds that entry with that hash.
 *
 * @param seq the entry's position (0 with the all-zero hash: the empty log)
 * @param hash the entry's SHA-256 hash, 64 lowercase hex digits
 */
public record Checkpoint(long seq, String hash) {

    /** The most text (a checkpoint file) that {@link #findIn} reads. */
    public static final int MAX_FILE = 10_000;

    private static final Pattern TEXT = Pattern.compile("#?(\\d{1,18}):([0-9a-fA-F]{64})");
    private static final Pattern ANYWHERE = Pattern.compile("(?<![0-9A-Za-z])\\d{1,18}:[0-9a-fA-F]{64}(?![0-9A-Za-z])");

    public Checkpoint {
        if (seq < 0 || hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw invalid();
        }
    }

    /** Reads the {@code SEQ:HASH} form (as shown in the log, the exports and the checkpoint file). */
    public static Checkpoint parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (text == null || text.length() > 200 || !m.matches()) {
            throw invalid();
        }
        return new Checkpoint(Long.parseLong(m.group(1)), m.group(2).toLowerCase(Locale.ROOT));
    }

    /**
     * The first {@code SEQ:HASH} in a text a person pasted or uploaded: the checkpoint alone, or a whole checkpoint
     * file (JSON or text) that contains it.
     */
    public static Optional<Checkpoint> findIn(String text) {
        if (text == null || text.length() > MAX_FILE) {
            return Optional.empty();
        }
        Matcher m = ANYWHERE.matcher(text);
        return m.find() ? Optional.of(parse(m.group())) : Optional.empty();
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("bad-checkpoint", "A checkpoint is written SEQ:HASH, e.g. 12:"
                + "3f2a…(64 hexadecimal digits), as shown on the decision log and in its exports.");
    }
}
