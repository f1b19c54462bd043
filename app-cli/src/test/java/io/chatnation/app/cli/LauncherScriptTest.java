package io.chatnation.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/chatnation in a checkout that was never built: it says how to build instead of failing obscurely. */
class LauncherScriptTest {

    @Test
    void without_the_build_output_it_says_how_to_build(@TempDir Path checkout) throws IOException, InterruptedException {
        Path script = Files.createDirectories(checkout.resolve("bin")).resolve("chatnation");
        Files.copy(Path.of("..", "bin", "chatnation"), script);

        Process process = new ProcessBuilder("bash", script.toString(), "--help").start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEmpty();
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("the CLI is not built yet").contains("./mvnw -B -q -DskipTests package");
    }
}
