package io.chatnation.app.server;

import io.micronaut.runtime.Micronaut;

/** Starts the platform: with no configuration, on the embedded default (PostgreSQL under ./data). */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(RuntimeDefaults.properties())
                .banner(false)
                .start();
    }
}
