package io.chatnation.ports.archfixture;

import org.slf4j.Logger;

/** Breaks the ports' allow-list with a library no deny-list would think of. */
public final class UseCaseLogsThroughSlf4j {

    private final Logger log;

    public UseCaseLogsThroughSlf4j(Logger log) {
        this.log = log;
    }

    public void run() {
        log.info("running");
    }
}
