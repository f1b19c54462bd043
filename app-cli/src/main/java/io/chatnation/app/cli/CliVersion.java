package io.chatnation.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The project version, written into {@code chatnation-cli.properties} by the build. */
final class CliVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Properties properties = new Properties();
        try (InputStream in = CliVersion.class.getResourceAsStream("/chatnation-cli.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"chatnation " + properties.getProperty("version", "(unknown version)"),
                "Java " + Runtime.version()};
    }
}
