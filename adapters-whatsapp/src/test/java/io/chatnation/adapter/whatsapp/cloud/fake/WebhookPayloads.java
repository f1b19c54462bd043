package io.chatnation.adapter.whatsapp.cloud.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.chatnation.adapter.whatsapp.cloud.WebhookSignature;
import io.chatnation.domain.messaging.ChannelSecret;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Builds Cloud API webhook bodies as Meta sends them — {@code object}, {@code entry[]} per business account,
 * {@code changes[]} per phone number, each {@code value} with {@code metadata}, {@code contacts}, {@code messages},
 * {@code statuses} — and signs them with an app secret. Messages and statuses are given as JSON, in the shapes of Meta's
 * webhook reference, so a test reads like the documentation it checks against.
 *
 * <pre>{@code
 * SignedWebhook hook = WebhookPayloads.builder()
 *         .entry("102290129340398")
 *         .change("106540352242922", "15550783881")
 *         .contact("254712345678", "Jane")
 *         .message(WebhookPayloads.textMessage("wamid.A1", "254712345678", 1700000000, "hi"))
 *         .signedWith(appSecret);
 * }</pre>
 */
public final class WebhookPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookPayloads() {}

    public static Builder builder() {
        return new Builder();
    }

    /** A body and the {@code X-Hub-Signature-256} value that goes with it. */
    public record SignedWebhook(byte[] body, String signature) {

        public Map<String, String> headers() {
            return Map.of(WebhookSignature.HEADER, signature, "Content-Type", "application/json");
        }

        public String json() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static final class Builder {

        private final ObjectNode root = JSON.createObjectNode();
        private final ArrayNode entries;
        private ArrayNode changes;
        private ObjectNode value;

        private Builder() {
            root.put("object", "whatsapp_business_account");
            entries = root.putArray("entry");
        }

        /** Starts the next entry: one WhatsApp Business Account. */
        public Builder entry(String wabaId) {
            ObjectNode entry = entries.addObject();
            entry.put("id", wabaId);
            changes = entry.putArray("changes");
            value = null;
            return this;
        }

        /** Starts the next {@code messages} change in the current entry: one phone number of that account. */
        public Builder change(String phoneNumberId, String displayPhoneNumber) {
            if (changes == null) {
                entry("102290129340398");
            }
            ObjectNode change = changes.addObject();
            value = change.putObject("value");
            value.put("messaging_product", "whatsapp");
            ObjectNode metadata = value.putObject("metadata");
            metadata.put("display_phone_number", displayPhoneNumber);
            metadata.put("phone_number_id", phoneNumberId);
            change.put("field", "messages");
            return this;
        }

        /** A change of another webhook field (template reviews, account updates): carries no messages. */
        public Builder otherField(String field, String valueJson) {
            if (changes == null) {
                entry("102290129340398");
            }
            ObjectNode change = changes.addObject();
            change.set("value", parse(valueJson));
            change.put("field", field);
            value = null;
            return this;
        }

        public Builder contact(String waId, String profileName) {
            ObjectNode contact = currentValue().withArray("contacts").addObject();
            contact.putObject("profile").put("name", profileName);
            contact.put("wa_id", waId);
            return this;
        }

        /** A contact in any shape, e.g. with a {@code user_id} and {@code username} and no {@code wa_id}. */
        public Builder contactJson(String json) {
            currentValue().withArray("contacts").add(parse(json));
            return this;
        }

        public Builder message(String json) {
            currentValue().withArray("messages").add(parse(json));
            return this;
        }

        public Builder status(String json) {
            currentValue().withArray("statuses").add(parse(json));
            return this;
        }

        public Builder error(String json) {
            currentValue().withArray("errors").add(parse(json));
            return this;
        }

        public String json() {
            return root.toString();
        }

        public byte[] bytes() {
            return json().getBytes(StandardCharsets.UTF_8);
        }

        public SignedWebhook signedWith(ChannelSecret appSecret) {
            byte[] body = bytes();
            return new SignedWebhook(body, WebhookSignature.sign(appSecret, body));
        }

        private ObjectNode currentValue() {
            if (value == null) {
                throw new IllegalStateException("call change(...) before adding contacts, messages or statuses");
            }
            return value;
        }
    }

    public static String textMessage(String id, String fromDigits, long epochSeconds, String body) {
        ObjectNode message = JSON.createObjectNode();
        message.put("from", fromDigits);
        message.put("id", id);
        message.put("timestamp", String.valueOf(epochSeconds));
        message.put("type", "text");
        message.putObject("text").put("body", body);
        return message.toString();
    }

    /**
     * A media message ({@code image}, {@code audio}, {@code video}, {@code document} or {@code sticker}) naming media
     * by id, as Meta posts it; {@code caption} and {@code filename} are left out when null.
     */
    public static String mediaMessage(String id, String fromDigits, long epochSeconds, String type, String mediaId,
                                      String mimeType, String caption, String filename) {
        ObjectNode message = JSON.createObjectNode();
        message.put("from", fromDigits);
        message.put("id", id);
        message.put("timestamp", String.valueOf(epochSeconds));
        message.put("type", type);
        ObjectNode media = message.putObject(type);
        media.put("id", mediaId);
        media.put("mime_type", mimeType);
        media.put("sha256", "announced-by-meta");
        if (caption != null) {
            media.put("caption", caption);
        }
        if (filename != null) {
            media.put("filename", filename);
        }
        return message.toString();
    }

    /** A status report as Meta sends it for {@code sent}, {@code delivered} and {@code read}. */
    public static String status(String messageId, String status, String recipientDigits, long epochSeconds,
                                String callbackData) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", messageId);
        node.put("status", status);
        node.put("timestamp", String.valueOf(epochSeconds));
        node.put("recipient_id", recipientDigits);
        if (callbackData != null) {
            node.put("biz_opaque_callback_data", callbackData);
        }
        if (!status.equals("read")) {
            ObjectNode pricing = node.putObject("pricing");
            pricing.put("billable", true);
            pricing.put("pricing_model", "PMP");
            pricing.put("category", "service");
            pricing.put("type", "free_customer_service");
        }
        return node.toString();
    }

    /** A {@code failed} status report with one error, as Meta sends it when delivery fails after acceptance. */
    public static String failedStatus(String messageId, String recipientDigits, long epochSeconds, int code,
                                      String title, String details) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", messageId);
        node.put("status", "failed");
        node.put("timestamp", String.valueOf(epochSeconds));
        node.put("recipient_id", recipientDigits);
        ObjectNode error = node.putArray("errors").addObject();
        error.put("code", code);
        error.put("title", title);
        error.put("message", title);
        error.putObject("error_data").put("details", details);
        error.put("href", "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/");
        return node.toString();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
