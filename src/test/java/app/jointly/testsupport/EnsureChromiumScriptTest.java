package app.jointly.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's ensure-chromium step (src/test/scripts/ensure-chromium.sh), run against fake browser paths and a
 * fake apt-get, so its decisions are checked without touching this machine's Chromium.
 */
class EnsureChromiumScriptTest {

    private static final Path SCRIPT = Path.of("src/test/scripts/ensure-chromium.sh");

    @TempDir
    Path dir;

    @Test
    void doesNothingWhenChromiumIsThere() throws Exception {
        Path chromium = executable("chromium", "#!/bin/sh\n");
        Path aptLog = fakeAptGet(null);

        Result result = run(Map.of("CHROMIUM_CANDIDATES", chromium.toString(), "ENSURE_CHROMIUM_UID", "0"));

        assertThat(result.exit()).isZero();
        assertThat(aptLog).doesNotExist();
    }

    @Test
    void installsWithAptGetAsRoot() throws Exception {
        Path chromium = dir.resolve("chromium");
        Path aptLog = fakeAptGet(chromium);

        Result result = run(Map.of("CHROMIUM_CANDIDATES", chromium.toString(), "ENSURE_CHROMIUM_UID", "0"));

        assertThat(result.exit()).isZero();
        assertThat(Files.readAllLines(aptLog)).containsExactly("update -qq", "install -y -qq chromium chromium-driver");
    }

    @Test
    void failsWithAClearMessageWhenNotRoot() throws Exception {
        Path aptLog = fakeAptGet(null);

        Result result = run(Map.of("CHROMIUM_CANDIDATES", dir.resolve("none").toString(),
                "ENSURE_CHROMIUM_UID", "1000"));

        assertThat(result.exit()).isNotZero();
        assertThat(result.output()).contains("apt-get install chromium").contains("-DskipITs");
        assertThat(aptLog).doesNotExist();
    }

    @Test
    void skippedWhenTheTestsAreSkipped() throws Exception {
        Path aptLog = fakeAptGet(null);

        Result result = run(Map.of("CHROMIUM_CANDIDATES", dir.resolve("none").toString(),
                "ENSURE_CHROMIUM_UID", "1000"), "false", "true", "false");

        assertThat(result.exit()).isZero();
        assertThat(aptLog).doesNotExist();
    }

    /** A fake apt-get that logs its arguments and, on install, creates {@code installs} as an executable. */
    private Path fakeAptGet(Path installs) throws IOException {
        Path log = dir.resolve("apt.log");
        String create = installs == null ? "" : "case \"$1\" in install) printf '#!/bin/sh\\n' > '" + installs
                + "'; chmod +x '" + installs + "';; esac\n";
        executable("bin/apt-get", "#!/bin/sh\necho \"$*\" >> '" + log + "'\n" + create);
        return log;
    }

    private Path executable(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return file;
    }

    private Result run(Map<String, String> env, String... skips) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(skips.length == 0 ? List.of("false", "false", "false") : List.of(skips));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.environment().put("PATH", dir.resolve("bin") + ":" + System.getenv("PATH"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        return new Result(process.waitFor(), output);
    }

    private record Result(int exit, String output) {
    }
}
