package io.chatnation.adapter.persistence.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.messaging.ConversationId;
import io.chatnation.domain.messaging.InboxChange;
import io.chatnation.domain.messaging.MessageId;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.messaging.out.InboxFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox changes that V11's triggers announce with NOTIFY, heard on one LISTEN connection per process and handed
 * to that organisation's subscribers. One connection serves every subscriber, so a thousand open dashboards cost the
 * database one session, not a thousand. Started on the first subscription (a CLI run never listens); when the
 * connection breaks it is opened again after a pause.
 */
public final class PostgresInboxFeed implements InboxFeed, AutoCloseable {

    static final String CHANNEL = "inbox_changes";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresInboxFeed.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(1);
    private static final Duration READY_WAIT = Duration.ofSeconds(5);

    private final DataSource source;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<OrgId, Set<Consumer<InboxChange>>> subscribers = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private volatile boolean listening;
    private Thread thread;

    /** @param source connections as the application role; LISTEN needs no privilege and reads no table */
    public PostgresInboxFeed(DataSource source) {
        this.source = source;
    }

    /**
     * Returns once the feed is listening (or after {@link #READY_WAIT} if the database cannot be reached), so that
     * every change committed after this returns reaches the listener.
     */
    @Override
    public Subscription subscribe(OrgId org, Consumer<InboxChange> listener) {
        start();
        awaitListening();
        Set<Consumer<InboxChange>> mine = subscribers.computeIfAbsent(org, o -> ConcurrentHashMap.newKeySet());
        mine.add(listener);
        return () -> subscribers.computeIfPresent(org, (o, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /** Whether the LISTEN connection is up: changes committed before it was are not heard. */
    public boolean listening() {
        return listening;
    }

    /** How many listeners the organisation has now: an operational figure, and how tests see a stream let go. */
    public int subscriberCount(OrgId org) {
        return subscribers.getOrDefault(org, Set.of()).size();
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (!listening && running && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void start() {
        if (thread == null && running) {
            thread = new Thread(this::listen, "inbox-feed");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = source.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications((int) POLL.toMillis());
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            parse(n.getParameter()).ifPresent(this::dispatch);
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    LOG.warn("Inbox change feed lost its database connection; listening again in {}", RECONNECT_PAUSE, e);
                    pause();
                }
            }
        }
        listening = false;
    }

    private void dispatch(InboxChange change) {
        for (Consumer<InboxChange> listener : subscribers.getOrDefault(change.org(), Set.of())) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // One broken subscriber must not starve the others, nor stop the feed.
                LOG.warn("An inbox subscriber failed on a change", e);
            }
        }
    }

    Optional<InboxChange> parse(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            InboxChange.Kind kind = InboxChange.Kind.valueOf(node.path("kind").asText().toUpperCase(Locale.ROOT));
            Optional<MessageId> message = node.hasNonNull("message")
                    ? Optional.of(new MessageId(UUID.fromString(node.get("message").asText()))) : Optional.empty();
            return Optional.of(new InboxChange(OrgId.of(node.path("org").asText()), kind,
                    new ConversationId(UUID.fromString(node.path("conversation").asText())), message));
        } catch (Exception e) {
            LOG.warn("Ignoring an inbox notification that is not in the expected shape: {}", payload);
            return Optional.empty();
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        Thread current;
        synchronized (this) {
            current = thread;
        }
        if (current != null) {
            try {
                current.join(POLL.toMillis() * 4);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
