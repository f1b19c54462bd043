package io.chatnation.app.server;

import io.chatnation.adapter.persistence.setup.Database;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Ready means the database answers, as the application role, within a second. */
@Singleton
@Readiness
public final class DatabaseReadiness implements HealthIndicator {

    private final Database database;

    public DatabaseReadiness(Database database) {
        this.database = database;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    private HealthResult check() {
        try (Connection c = database.application().getConnection()) {
            boolean valid = c.isValid(1);
            return HealthResult.builder("database", valid ? HealthStatus.UP : HealthStatus.DOWN)
                    .details(Map.of("store", database.describe())).build();
        } catch (Exception e) {
            return HealthResult.builder("database", HealthStatus.DOWN).exception(e).build();
        }
    }
}
