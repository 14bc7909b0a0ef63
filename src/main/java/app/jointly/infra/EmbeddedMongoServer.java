package app.jointly.infra;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process server speaking the MongoDB wire protocol, persisted to an H2 file in the data folder (each write on
 * disk before it is answered, see {@link DurableH2Backend}). It listens on loopback only, so a second local node can
 * share it through a mongodb:// URI.
 */
final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final DurableH2Backend backend;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, DurableH2Backend backend, InetSocketAddress address) {
        this.server = server;
        this.backend = backend;
        this.address = address;
    }

    /** True when something written is not yet on disk (for tests). */
    boolean hasUnsavedChanges() {
        return backend.hasUnsavedChanges();
    }

    static EmbeddedMongoServer start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        Path file = StoreMigration.prepare(dataDir).toAbsolutePath();
        DurableH2Backend backend = DurableH2Backend.open(file);
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
            InetSocketAddress address = server.getLocalAddress();
            log.info("Embedded MongoDB-wire-protocol server on mongodb://127.0.0.1:{} storing in {}",
                    address.getPort(), file);
            return new EmbeddedMongoServer(server, backend, address);
        } catch (Exception e) {
            // Netty reports a taken port as an undeclared checked BindException, hence the broad catch.
            server.shutdownNow();
            throw new IllegalStateException("Cannot start the embedded database on 127.0.0.1:" + port
                    + " (is another node using it? set jointly.embedded-mongo.port or jointly.mongodb.uri)", e);
        }
    }

    String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
