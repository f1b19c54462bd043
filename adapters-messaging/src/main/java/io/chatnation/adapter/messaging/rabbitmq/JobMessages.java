package io.chatnation.adapter.messaging.rabbitmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.JobQueue.ClaimedJob;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A job as a message body: its outbox id, organisation, ordering key and payload, as JSON. */
final class JobMessages {

    private final ObjectMapper json = new ObjectMapper();

    byte[] write(ClaimedJob job) {
        ObjectNode body = json.createObjectNode();
        body.put("id", job.id());
        body.put("org", job.org().value().toString());
        body.put("orderingKey", job.orderingKey());
        ObjectNode payload = body.putObject("payload");
        job.payload().forEach(payload::put);
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("job " + job.id() + " is not serialisable", e);
        }
    }

    ClaimedJob read(byte[] message, int attempt) {
        try {
            JsonNode body = json.readTree(message);
            Map<String, String> payload = new LinkedHashMap<>();
            body.path("payload").fields().forEachRemaining(field -> payload.put(field.getKey(), field.getValue().asText()));
            return new ClaimedJob(body.path("id").asLong(), new OrgId(UUID.fromString(body.path("org").asText())),
                    body.path("orderingKey").asText(), payload, attempt);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("a job message that is not a job", e);
        }
    }
}
