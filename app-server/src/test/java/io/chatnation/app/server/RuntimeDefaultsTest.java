package io.chatnation.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeDefaultsTest {

    @Test
    void the_secrets_key_is_generated_once_into_the_data_folder_and_kept_across_starts(@TempDir Path data) {
        Map<String, Object> first = RuntimeDefaults.properties(name -> name.equals("CHATNATION_DATA_DIR") ? data.toString() : null);
        Map<String, Object> second = RuntimeDefaults.properties(name -> name.equals("CHATNATION_DATA_DIR") ? data.toString() : null);

        assertThat((String) first.get(RuntimeDefaults.SECRETS_KEY)).hasSizeGreaterThanOrEqualTo(32);
        assertThat(second.get(RuntimeDefaults.SECRETS_KEY)).isEqualTo(first.get(RuntimeDefaults.SECRETS_KEY));
        assertThat(Files.exists(data.resolve("secrets").resolve("secrets-key"))).isTrue();
    }

    @Test
    void a_key_from_the_environment_wins(@TempDir Path data) {
        Map<String, Object> properties = RuntimeDefaults.properties(name -> switch (name) {
            case "CHATNATION_DATA_DIR" -> data.toString();
            case "CHATNATION_SECRETS_KEY" -> "an-operator-chosen-key-of-enough-length-0123";
            default -> null;
        });

        assertThat(properties.get(RuntimeDefaults.SECRETS_KEY)).isEqualTo("an-operator-chosen-key-of-enough-length-0123");
        assertThat(Files.exists(data.resolve("secrets").resolve("secrets-key"))).isFalse();
    }
}
