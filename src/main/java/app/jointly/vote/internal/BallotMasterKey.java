package app.jointly.vote.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The ballot master key: an AES-256 key kept in a file outside the database ({@code jointly.ballot.key-file}),
 * under which each secret vote's private key is stored wrapped (AES-GCM, bound to the vote's id). Someone holding
 * the database, its backups or its oplog therefore cannot decrypt ballots. Created on first start, readable by its
 * owner only; every node of a cluster must read the same file (or a copy of it).
 */
@Component
public class BallotMasterKey {

    private static final Logger log = LoggerFactory.getLogger(BallotMasterKey.class);
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public BallotMasterKey(@Value("${jointly.ballot.key-file:${jointly.data-dir:./data}/ballot-master.key}")
                           Path file) {
        this.key = new SecretKeySpec(loadOrCreate(file.toAbsolutePath().normalize()), "AES");
    }

    /** @return the IV followed by the sealed bytes; {@code context} must be given again to unwrap */
    byte[] wrap(byte[] plain, String context) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, iv, context, plain);
        return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    }

    /** @throws IllegalStateException when the bytes were wrapped under another master key or for another context */
    byte[] unwrap(byte[] wrapped, String context) {
        ByteBuffer buffer = ByteBuffer.wrap(wrapped);
        byte[] iv = new byte[IV_BYTES];
        buffer.get(iv);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return run(Cipher.DECRYPT_MODE, iv, context, sealed);
    }

    private byte[] run(int mode, byte[] iv, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A vote's key could not be unwrapped: this node's ballot master key "
                    + "(jointly.ballot.key-file) is not the one it was wrapped with", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("The ballot master key " + file + " must hold " + KEY_BYTES
                        + " bytes in Base64, not " + key.length);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the ballot master key " + file, e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The ballot master key " + file + " is not Base64", e);
        }
    }

    /**
     * Writes a new key beside the target and links it into place: a link fails if the file appeared meanwhile
     * (another node on the same folder won the race), so every node ends up reading one complete key.
     */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path draft = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".new");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(draft, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(draft);
        }
        try {
            Files.writeString(draft, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.createLink(file, draft);
            log.warn("Created a new ballot master key at {}: keep it (secret ballots of open votes cannot be "
                    + "counted without it), keep it out of database backups, give every node the same file", file);
        } catch (FileAlreadyExistsException e) {
            log.info("Another node created the ballot master key {} first; using it", file);
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
