package io.chatnation.app.server;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Settings that must exist before the application context starts and that the embedded default
 * derives on its own: the data folder, the JWT signing secret, the application role's password and the key that
 * encrypts channel secrets at rest.
 * Anything set in the environment wins.
 */
public final class RuntimeDefaults {

    public static final String DATA_DIR = "chatnation.data-dir";
    static final String JWT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    static final String APP_PASSWORD = "chatnation.database.app-password";
    static final String SECRETS_KEY = "chatnation.secrets.key";

    private RuntimeDefaults() {}

    public static Map<String, Object> properties() {
        return properties(System::getenv);
    }

    /** The same, reading the environment through {@code env}: lets the CLI's tests point at a data folder of their own. */
    public static Map<String, Object> properties(Function<String, String> env) {
        Path dataDirectory = Path.of(orElse(env.apply("CHATNATION_DATA_DIR"), "data"));
        Map<String, Object> properties = new HashMap<>();
        properties.put(DATA_DIR, dataDirectory.toString());
        properties.put(JWT_SECRET, orElse(env.apply("JWT_SECRET"), () -> LocalSecrets.readOrCreate(dataDirectory, "jwt-secret")));
        properties.put(APP_PASSWORD, orElse(env.apply("APP_DATASOURCE_PASSWORD"),
                () -> LocalSecrets.readOrCreate(dataDirectory, "app-database-password")));
        properties.put(SECRETS_KEY, orElse(env.apply("CHATNATION_SECRETS_KEY"),
                () -> LocalSecrets.readOrCreate(dataDirectory, "secrets-key")));
        return properties;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String orElse(String value, String fallback) {
        return blank(value) ? fallback : value;
    }

    private static String orElse(String value, java.util.function.Supplier<String> fallback) {
        return blank(value) ? fallback.get() : value;
    }
}
