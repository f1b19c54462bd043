package io.chatnation.domain.archfixture;

import org.slf4j.Logger;

/** Breaks the domain's allow-list with a library no deny-list would think of. */
public final class DomainLogsThroughSlf4j {

    public void explain(Logger log) {
        log.info("a domain rule fired");
    }
}
