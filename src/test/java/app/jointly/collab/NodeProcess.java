package app.jointly.collab;

import app.jointly.Application;
import app.jointly.infra.DatabaseLocation;
import app.jointly.testsupport.TestApi;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another node of the application in its own JVM (its output goes to target/node-PORT.log): joining the test
 * context's cluster and database, for tests that speak HTTP and WebSocket to two nodes (two Spring Security setups
 * cannot share one JVM), or alone on its own embedded database. Killing it is a real crash (no shutdown hooks).
 */
public final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private NodeProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static NodeProcess joining(ConfigurableApplicationContext first, String... extraArgs) throws Exception {
        return joining(first, List.of(), extraArgs);
    }

    /** As {@link #joining(ConfigurableApplicationContext, String...)}, with extra JVM options (e.g. for a fast start). */
    public static NodeProcess joining(ConfigurableApplicationContext first, List<String> jvmExtras,
                                      String... extraArgs) throws Exception {
        Environment env = first.getEnvironment();
        DatabaseLocation database = first.getBean(DatabaseLocation.class);
        List<String> args = new ArrayList<>(List.of(
                "--jointly.mongodb.uri=" + database.connectionString(),
                "--jointly.mongodb.database=" + database.database(),
                "--jointly.cluster.name=" + env.getProperty("jointly.cluster.name"),
                "--jointly.cluster.members=127.0.0.1:" + env.getProperty("jointly.cluster.port"),
                "--jointly.ballot.key-file=" + env.getProperty("jointly.ballot.key-file")));
        args.addAll(List.of(extraArgs));
        return start(jvmExtras, args);
    }

    /** A node alone in its own cluster, on its own embedded database in {@code dataDir} (kept across restarts). */
    public static NodeProcess alone(java.nio.file.Path dataDir) throws Exception {
        return start(List.of(), List.of("--jointly.data-dir=" + dataDir.toAbsolutePath(),
                "--jointly.embedded-mongo.port=0",
                "--jointly.cluster.name=alone-" + java.util.UUID.randomUUID()));
    }

    /**
     * The heap cap, the garbage collector ({@code jointly.node.gc}, default serial: small and predictable for
     * tests) and the JDK access options the build gives this JVM, so the node runs as the application does.
     */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx768m", System.getProperty("jointly.node.gc",
                "-XX:+UseSerialGC")));
        // tuning of the cluster engine given to the test JVM applies to the node too
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("hazelcast."))
                .forEach(name -> options.add("-D" + name + "=" + System.getProperty(name)));
        List<String> own = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (int i = 0; i < own.size(); i++) {
            String option = own.get(i);
            if (option.startsWith("--add-") && !option.contains("=") && i + 1 < own.size()) {
                options.add(option);
                options.add(own.get(++i));
            } else if (option.startsWith("--add-")) {
                options.add(option);
            }
        }
        return options;
    }

    private static NodeProcess start(List<String> jvmExtras, List<String> args) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions());
        command.addAll(jvmExtras);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                Application.class.getName(),
                "--server.port=" + port,
                "--jointly.admin.username=admin",
                "--jointly.admin.password=" + TestApi.ADMIN_PASSWORD,
                "--jointly.cluster.port=" + freePort(),
                "--vaadin.frontend.hotdeploy=false",
                "--logging.level.root=WARN",
                "--logging.level.app.jointly=INFO"));
        command.addAll(args);
        java.nio.file.Path logFile = java.nio.file.Path.of("target", "node-" + port + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
                 java.io.Writer file = java.nio.file.Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("Jointly is running")) {
                        ready.complete(null);
                    }
                    file.write(line);
                    file.write('\n');
                    file.flush();
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("node exited"));
        });
        NodeProcess node = new NodeProcess(process, port);
        try {
            ready.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            node.close();
            throw e;
        }
        return node;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The node's used heap right after a full collection, in bytes (via jcmd). */
    public long usedHeapAfterGc() throws Exception {
        String jcmd = java.nio.file.Path.of(ProcessHandle.current().info().command().orElseThrow())
                .resolveSibling("jcmd").toString();
        run(jcmd, String.valueOf(process.pid()), "GC.run");
        String info = run(jcmd, String.valueOf(process.pid()), "GC.heap_info");
        long total = 0;
        boolean found = false;
        // G1 and the serial collector print "... total 123K, used 45K"; ZGC prints "ZHeap used 45M, capacity ..."
        for (String line : info.split("\n")) {
            java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)([KMG])").matcher(line);
            if ((line.contains(" total ") || line.contains("ZHeap")) && used.find()) {
                total += Long.parseLong(used.group(1)) << switch (used.group(2)) {
                    case "K" -> 10;
                    case "M" -> 20;
                    default -> 30;
                };
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("No heap figure in: " + info);
        }
        return total;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    /** Kills the node without warning, as a crash would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
