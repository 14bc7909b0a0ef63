package app.jointly.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves an embedded database written before 2026-12-02 (H2's default, Java-serialised type) into the current file
 * ({@link StoredValueType}), once, on start. Keys are ordered differently in the two formats, so every entry is
 * copied into a fresh file; the old file is kept beside it, renamed, and nothing is deleted. A start interrupted
 * half-way leaves the old file untouched and begins the copy again.
 */
final class StoreMigration {

    static final String CURRENT_FILE = "jointly-v2.mv.db";
    static final String OLD_FILE = "jointly.mv.db";
    static final String KEPT_OLD_FILE = "jointly.mv.db.before-v2";

    private static final Logger log = LoggerFactory.getLogger(StoreMigration.class);
    private static final int COMMIT_EVERY = 10_000;

    private StoreMigration() {
    }

    /** The file to open in {@code dataDir}, after moving an old one into it if needed. */
    static Path prepare(Path dataDir) {
        Path current = dataDir.resolve(CURRENT_FILE);
        Path old = dataDir.resolve(OLD_FILE);
        if (Files.exists(current) && Files.exists(old)) {
            // a start stopped between the two renames: the current file is complete, the old one only a copy
            log.warn("The embedded database {} is in use; {} is an older copy that can be deleted", current, old);
        }
        if (Files.exists(current) || !Files.exists(old)) {
            return current;
        }
        Path partial = dataDir.resolve(CURRENT_FILE + ".partial");
        try {
            Files.deleteIfExists(partial);
            long copied = copy(old, partial);
            Files.move(partial, current, StandardCopyOption.ATOMIC_MOVE);
            Files.move(old, dataDir.resolve(KEPT_OLD_FILE), StandardCopyOption.ATOMIC_MOVE);
            log.info("Embedded database moved to the current format: {} entries; the old file is kept as {}",
                    copied, dataDir.resolve(KEPT_OLD_FILE));
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the embedded database " + old + " to the current format", e);
        }
    }

    private static long copy(Path from, Path to) {
        log.info("Moving the embedded database {} to the current format...", from);
        MVStore source = new MVStore.Builder().fileName(from.toString()).readOnly().open();
        MVStore target = new MVStore.Builder().fileName(to.toString()).autoCommitDisabled().open();
        long copied = 0;
        try {
            for (String name : source.getMapNames()) {
                MVMap<Object, Object> sourceMap = source.openMap(name);
                MVMap<Object, Object> targetMap = TypedH2Database.openMap(target, name);
                for (Map.Entry<Object, Object> entry : sourceMap.entrySet()) {
                    targetMap.put(entry.getKey(), entry.getValue());
                    if (++copied % COMMIT_EVERY == 0) {
                        target.commit();
                        log.info("... {} entries copied", copied);
                    }
                }
            }
            target.commit();
            return copied;
        } finally {
            target.close();
            source.close();
        }
    }
}
