package io.chatnation.adapter.whatsapp.cloud;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.domain.messaging.AdReferral;
import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.DeliveryReport;
import io.chatnation.domain.messaging.DeliveryStatus;
import io.chatnation.domain.messaging.InboundBatch;
import io.chatnation.domain.messaging.InboundHeader;
import io.chatnation.domain.messaging.InboundMedia;
import io.chatnation.domain.messaging.InboundMessage;
import io.chatnation.domain.messaging.Location;
import io.chatnation.domain.messaging.MediaId;
import io.chatnation.domain.messaging.MediaKind;
import io.chatnation.domain.messaging.MessageContext;
import io.chatnation.domain.messaging.Pricing;
import io.chatnation.domain.messaging.ProviderError;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.SharedContact;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.messaging.WhatsAppUserId;
import io.chatnation.domain.shared.DomainException;
import io.chatnation.domain.shared.PhoneNumber;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a Cloud API webhook body into the platform's inbound messages and delivery reports. One body may hold several
 * entries (business accounts), each with several changes (numbers); all are read. Changes of other webhook fields
 * (template reviews, account updates) carry no messages and are passed over. A message type this parser does not know
 * becomes {@link InboundMessage.Unsupported}, so a new WhatsApp feature is stored rather than lost; a body that is not
 * valid JSON, or lacks what every message must have (id, sender, time), is refused whole.
 */
public final class CloudApiWebhookParser {

    private static final String WHATSAPP_BUSINESS_ACCOUNT = "whatsapp_business_account";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public InboundBatch parse(byte[] body) {
        JsonNode root = readTree(body);
        if (!root.isObject()) {
            throw new MalformedWebhook("the body must be a JSON object");
        }
        if (!WHATSAPP_BUSINESS_ACCOUNT.equals(root.path("object").asText(null))) {
            throw new MalformedWebhook("object must be " + WHATSAPP_BUSINESS_ACCOUNT);
        }
        JsonNode entries = root.path("entry");
        if (!entries.isArray()) {
            throw new MalformedWebhook("entry must be an array");
        }
        List<InboundMessage> messages = new ArrayList<>();
        List<DeliveryReport> reports = new ArrayList<>();
        List<ProviderError> errors = new ArrayList<>();
        for (int e = 0; e < entries.size(); e++) {
            JsonNode changes = entries.get(e).path("changes");
            if (!changes.isArray()) {
                throw new MalformedWebhook("entry[" + e + "].changes must be an array");
            }
            for (int c = 0; c < changes.size(); c++) {
                JsonNode change = changes.get(c);
                if (!"messages".equals(change.path("field").asText(null))) {
                    continue;
                }
                String where = "entry[" + e + "].changes[" + c + "].value";
                try {
                    readChange(change.path("value"), where, messages, reports, errors);
                } catch (DomainException invalid) {
                    throw new MalformedWebhook(where + ": " + invalid.getMessage());
                }
            }
        }
        return new InboundBatch(messages, reports, errors);
    }

    private static JsonNode readTree(byte[] body) {
        if (body.length == 0) {
            throw new MalformedWebhook("the body is empty");
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new MalformedWebhook("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new MalformedWebhook("the body could not be read: " + e.getMessage());
        }
    }

    private void readChange(JsonNode value, String where, List<InboundMessage> messages, List<DeliveryReport> reports,
                            List<ProviderError> errors) {
        if (!value.isObject()) {
            throw new MalformedWebhook(where + " must be an object");
        }
        BusinessNumberId number = new BusinessNumberId(required(value.path("metadata"), "phone_number_id", where + ".metadata"));
        JsonNode contacts = value.path("contacts");
        JsonNode inbound = value.path("messages");
        for (int i = 0; i < inbound.size(); i++) {
            messages.add(message(inbound.get(i), number, contacts, where + ".messages[" + i + "]"));
        }
        JsonNode statuses = value.path("statuses");
        for (int i = 0; i < statuses.size(); i++) {
            report(statuses.get(i), number, where + ".statuses[" + i + "]").ifPresent(reports::add);
        }
        errors.addAll(errors(value.path("errors")));
    }

    // ---- messages

    private InboundMessage message(JsonNode message, BusinessNumberId number, JsonNode contacts, String where) {
        InboundHeader header = header(message, number, contacts, where);
        String type = required(message, "type", where);
        JsonNode content = message.path(type);
        switch (type) {
            case "text":
                return new InboundMessage.TextMessage(header, required(content, "body", where + ".text"));
            case "interactive":
                return interactive(header, content, where + ".interactive");
            case "button":
                return new InboundMessage.TemplateButtonReply(header, text(content, "payload").orElse(""),
                        text(content, "text").orElse(""));
            case "image":
            case "audio":
            case "video":
            case "document":
            case "sticker":
                return new InboundMessage.MediaMessage(header, media(MediaKind.valueOf(type.toUpperCase(Locale.ROOT)),
                        content, where + "." + type));
            case "location":
                return new InboundMessage.LocationMessage(header, location(content, where + ".location"));
            case "contacts":
                return new InboundMessage.ContactsMessage(header, sharedContacts(message.path("contacts"), where));
            case "reaction":
                return new InboundMessage.Reaction(header,
                        new ProviderMessageId(required(content, "message_id", where + ".reaction")),
                        text(content, "emoji").orElse(""));
            default:
                // "unsupported", and whatever WhatsApp adds before we learn to read it (orders, system notices, polls…).
                return new InboundMessage.Unsupported(header, type, errors(message.path("errors")));
        }
    }

    private InboundHeader header(JsonNode message, BusinessNumberId number, JsonNode contacts, String where) {
        ProviderMessageId id = new ProviderMessageId(required(message, "id", where));
        Optional<String> phoneDigits = text(message, "from");
        Optional<String> userId = text(message, "from_user_id");
        Optional<JsonNode> contact = contactOf(contacts, phoneDigits, userId);
        if (userId.isEmpty()) {
            userId = contact.flatMap(c -> text(c, "user_id"));
        }
        if (phoneDigits.isEmpty() && userId.isEmpty()) {
            throw new MalformedWebhook(where + " names no sender: neither from nor from_user_id");
        }
        WhatsAppIdentity from = new WhatsAppIdentity(phoneDigits.map(d -> PhoneNumber.fromDigits("from", d)),
                userId.map(WhatsAppUserId::new));
        SenderProfile profile = contact
                .map(c -> new SenderProfile(text(c.path("profile"), "name"), text(c.path("profile"), "username")))
                .orElse(SenderProfile.UNKNOWN);
        return new InboundHeader(id, number, from, profile, timestamp(message, where), context(message.path("context")),
                referral(message.path("referral")));
    }

    /** The contacts entry describing this sender: matched on the phone or the user id, or the only one there is. */
    private static Optional<JsonNode> contactOf(JsonNode contacts, Optional<String> phoneDigits, Optional<String> userId) {
        for (JsonNode contact : contacts) {
            boolean samePhone = phoneDigits.isPresent() && phoneDigits.equals(text(contact, "wa_id"));
            boolean sameUser = userId.isPresent() && userId.equals(text(contact, "user_id"));
            if (samePhone || sameUser) {
                return Optional.of(contact);
            }
        }
        return contacts.size() == 1 ? Optional.of(contacts.get(0)) : Optional.empty();
    }

    private static Optional<MessageContext> context(JsonNode context) {
        if (!context.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new MessageContext(text(context, "id").map(ProviderMessageId::new), text(context, "from"),
                context.path("forwarded").asBoolean(false), context.path("frequently_forwarded").asBoolean(false)));
    }

    private static Optional<AdReferral> referral(JsonNode referral) {
        if (!referral.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new AdReferral(text(referral, "source_url"), text(referral, "source_id"),
                text(referral, "source_type"), text(referral, "headline"), text(referral, "body"),
                text(referral, "media_type"), text(referral, "image_url"), text(referral, "video_url"),
                text(referral, "thumbnail_url"), text(referral, "ctwa_clid")));
    }

    private static InboundMessage interactive(InboundHeader header, JsonNode interactive, String where) {
        String kind = required(interactive, "type", where);
        JsonNode reply = interactive.path(kind);
        switch (kind) {
            case "button_reply":
                return new InboundMessage.ButtonReply(header, required(reply, "id", where + ".button_reply"),
                        text(reply, "title").orElse(""));
            case "list_reply":
                return new InboundMessage.ListReply(header, required(reply, "id", where + ".list_reply"),
                        text(reply, "title").orElse(""), text(reply, "description"));
            case "nfm_reply":
                String response = required(reply, "response_json", where + ".nfm_reply");
                return new InboundMessage.FlowReply(header, text(reply, "name"), text(reply, "body"), response,
                        flowToken(response));
            default:
                return new InboundMessage.Unsupported(header, "interactive." + kind, List.of());
        }
    }

    /** {@code response_json} is a JSON document inside a string; its {@code flow_token} ties the answers to our send. */
    private static Optional<String> flowToken(String responseJson) {
        try {
            return text(JSON.readTree(responseJson), "flow_token");
        } catch (IOException e) {
            // The answers are kept as received even when unreadable; only the correlation is lost.
            return Optional.empty();
        }
    }

    private static InboundMedia media(MediaKind kind, JsonNode media, String where) {
        return new InboundMedia(kind, new MediaId(required(media, "id", where)),
                text(media, "mime_type").orElse("application/octet-stream"), text(media, "sha256"),
                text(media, "caption"), text(media, "filename"), media.path("voice").asBoolean(false));
    }

    private static Location location(JsonNode location, String where) {
        JsonNode latitude = location.path("latitude");
        JsonNode longitude = location.path("longitude");
        if (!latitude.isNumber() && !latitude.isTextual() || !longitude.isNumber() && !longitude.isTextual()) {
            throw new MalformedWebhook(where + " needs latitude and longitude");
        }
        try {
            return new Location(Double.parseDouble(latitude.asText()), Double.parseDouble(longitude.asText()),
                    text(location, "name"), text(location, "address"), text(location, "url"));
        } catch (NumberFormatException e) {
            throw new MalformedWebhook(where + ": latitude and longitude must be numbers");
        }
    }

    private static List<SharedContact> sharedContacts(JsonNode cards, String where) {
        if (!cards.isArray() || cards.isEmpty()) {
            throw new MalformedWebhook(where + ".contacts must be a non-empty array");
        }
        List<SharedContact> result = new ArrayList<>();
        for (JsonNode card : cards) {
            List<SharedContact.Phone> phones = new ArrayList<>();
            for (JsonNode phone : card.path("phones")) {
                text(phone, "phone").ifPresent(p -> phones.add(
                        new SharedContact.Phone(p, text(phone, "wa_id"), text(phone, "type"))));
            }
            List<String> emails = new ArrayList<>();
            for (JsonNode email : card.path("emails")) {
                text(email, "email").ifPresent(emails::add);
            }
            result.add(new SharedContact(text(card.path("name"), "formatted_name"), phones, emails,
                    text(card.path("org"), "company")));
        }
        return result;
    }

    // ---- statuses

    /** A report on one of our messages; a status that is not a delivery step (a catalogue warning) is passed over. */
    private static Optional<DeliveryReport> report(JsonNode status, BusinessNumberId number, String where) {
        Optional<DeliveryStatus> step = switch (required(status, "status", where)) {
            case "sent" -> Optional.of(DeliveryStatus.SENT);
            case "delivered" -> Optional.of(DeliveryStatus.DELIVERED);
            case "read" -> Optional.of(DeliveryStatus.READ);
            case "failed" -> Optional.of(DeliveryStatus.FAILED);
            default -> Optional.empty();
        };
        if (step.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> phone = text(status, "recipient_id");
        Optional<String> userId = text(status, "recipient_user_id");
        Optional<WhatsAppIdentity> recipient = phone.isEmpty() && userId.isEmpty() ? Optional.empty()
                : Optional.of(new WhatsAppIdentity(phone.map(d -> PhoneNumber.fromDigits("recipient_id", d)),
                        userId.map(WhatsAppUserId::new)));
        JsonNode pricing = status.path("pricing");
        Optional<Pricing> price = pricing.isObject()
                ? Optional.of(new Pricing(text(pricing, "pricing_model"), text(pricing, "category"), text(pricing, "type"),
                        pricing.path("billable").asBoolean(true)))
                : Optional.empty();
        return Optional.of(new DeliveryReport(new ProviderMessageId(required(status, "id", where)), number, recipient,
                step.get(), timestamp(status, where), errors(status.path("errors")),
                text(status, "biz_opaque_callback_data"), price));
    }

    // ---- shared pieces

    private static List<ProviderError> errors(JsonNode errors) {
        List<ProviderError> result = new ArrayList<>();
        for (JsonNode error : errors) {
            result.add(new ProviderError(error.path("code").asInt(0), text(error, "title").orElse(null),
                    text(error, "message"), text(error.path("error_data"), "details")));
        }
        return result;
    }

    /** WhatsApp sends Unix seconds as a string. */
    private static Instant timestamp(JsonNode node, String where) {
        String raw = required(node, "timestamp", where);
        try {
            return Instant.ofEpochSecond(Long.parseLong(raw));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new MalformedWebhook(where + ".timestamp must be Unix seconds");
        }
    }

    private static String required(JsonNode node, String field, String where) {
        return text(node, field).orElseThrow(() -> new MalformedWebhook(where + "." + field + " is required"));
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isEmpty()
                ? Optional.of(value.asText()) : Optional.empty();
    }
}
