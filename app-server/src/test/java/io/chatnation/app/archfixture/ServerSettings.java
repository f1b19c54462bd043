package io.chatnation.app.archfixture;

/** An app class that adapters must not see. */
public record ServerSettings(int port) {
}
