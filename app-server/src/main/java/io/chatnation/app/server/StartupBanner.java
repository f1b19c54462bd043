package io.chatnation.app.server;

import io.chatnation.adapter.persistence.setup.Database;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells whoever started the server where to go next. Opening the database here makes start-up fail fast. */
@Singleton
public final class StartupBanner implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger("chatnation");

    private final Database database;

    public StartupBanner(Database database) {
        this.database = database;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        String url = event.getSource().getURL().toString();
        long startedIn = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info("""

                  ChatNation is ready in {} ms ({}).
                    Dashboard   {}/          (sign up at {}/signup)
                    API         {}/api/v1    (OpenAPI UI at {}/swagger-ui/)
                    Health      {}/health
                """, startedIn, database.describe(), url, url, url, url, url);
    }
}
