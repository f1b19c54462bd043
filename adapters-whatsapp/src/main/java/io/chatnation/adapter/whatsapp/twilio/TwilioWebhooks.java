package io.chatnation.adapter.whatsapp.twilio;

import io.chatnation.domain.messaging.BusinessNumberId;
import io.chatnation.domain.messaging.ChannelSecret;
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
import io.chatnation.domain.messaging.ProviderError;
import io.chatnation.domain.messaging.ProviderMessageId;
import io.chatnation.domain.messaging.SenderProfile;
import io.chatnation.domain.messaging.WhatsAppIdentity;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.PhoneNumber;
import io.chatnation.ports.messaging.out.ChannelWebhooks;
import java.net.URLDecoder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Twilio's WhatsApp webhooks: form-encoded POSTs signed with the account's auth token over the URL Twilio called
 * and the sorted parameters ({@link TwilioSignature}). An inbound message and a status callback come to the same URL;
 * a {@code MessageStatus} other than {@code received} makes a status callback.
 */
public final class TwilioWebhooks implements ChannelWebhooks {

    private static final String WHATSAPP = "whatsapp:";

    private final Clock clock;

    public TwilioWebhooks(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HandshakeAnswer answerHandshake(Map<String, String> queryParameters, ChannelSecret verifyToken) {
        return new Refused("Twilio subscribes no webhook with a handshake");
    }

    @Override
    public Decoding decode(Delivery delivery, ChannelSecret authToken) {
        Map<String, List<String>> form;
        try {
            form = parseForm(delivery.body());
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return new Malformed("The body is not a form-encoded request");
        }
        if (!TwilioSignature.isValid(authToken, delivery.url(), form, delivery.header(TwilioSignature.HEADER))) {
            return new Unauthenticated(delivery.header(TwilioSignature.HEADER).isEmpty()
                    ? "X-Twilio-Signature is missing" : "X-Twilio-Signature does not match the request");
        }
        Params params = new Params(form);
        try {
            String status = params.get("MessageStatus").orElse("received").toLowerCase(Locale.ROOT);
            if (!status.equals("received")) {
                return new Decoded(report(params, status)
                        .map(r -> new InboundBatch(List.of(), List.of(r), List.of())).orElse(InboundBatch.EMPTY));
            }
            return new Decoded(new InboundBatch(List.of(message(params)), List.of(), List.of()));
        } catch (InvalidInput | IllegalArgumentException e) {
            return new Malformed(e.getMessage());
        }
    }

    private InboundMessage message(Params p) {
        PhoneNumber from = address("From", p.required("From"));
        Optional<String> name = p.get("ProfileName");
        InboundHeader header = new InboundHeader(new ProviderMessageId(p.required("MessageSid")),
                new BusinessNumberId(address("To", p.required("To")).e164()), WhatsAppIdentity.ofPhone(from),
                new SenderProfile(name, Optional.empty()), clock.instant(),
                p.get("OriginalRepliedMessageSid").map(replied -> new MessageContext(
                        Optional.of(new ProviderMessageId(replied)), Optional.empty(), false, false)),
                Optional.empty());
        Optional<String> body = p.get("Body");
        Optional<String> payload = p.get("ButtonPayload");
        if (payload.isPresent()) {
            String text = p.get("ButtonText").or(() -> body).orElse(payload.get());
            // A template's quick reply comes as MessageType=button; a tap on an interactive message's button otherwise.
            return "button".equalsIgnoreCase(p.get("MessageType").orElse(""))
                    ? new InboundMessage.TemplateButtonReply(header, payload.get(), text)
                    : new InboundMessage.ButtonReply(header, payload.get(), text);
        }
        int media = p.get("NumMedia").map(TwilioWebhooks::count).orElse(0);
        if (media > 0) {
            // WhatsApp sends one attachment per message; the first is the message's media.
            String url = p.required("MediaUrl0");
            String mime = p.get("MediaContentType0").orElse("application/octet-stream");
            return new InboundMessage.MediaMessage(header, new InboundMedia(kindOf(mime), new MediaId(url), mime,
                    Optional.empty(), body, Optional.empty(), false));
        }
        if (p.get("Latitude").isPresent() && p.get("Longitude").isPresent()) {
            return new InboundMessage.LocationMessage(header, new Location(coordinate("Latitude", p.required("Latitude")),
                    coordinate("Longitude", p.required("Longitude")), p.get("Label"), p.get("Address"), Optional.empty()));
        }
        if (body.isPresent()) {
            return new InboundMessage.TextMessage(header, body.get());
        }
        return new InboundMessage.Unsupported(header, p.get("MessageType").orElse("unknown"), List.of());
    }

    private Optional<DeliveryReport> report(Params p, String status) {
        DeliveryStatus reported = switch (status) {
            case "sent" -> DeliveryStatus.SENT;
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "failed", "undelivered" -> DeliveryStatus.FAILED;
            // queued, accepted, sending: Twilio has not handed the message on yet; our send already recorded as much.
            case "queued", "accepted", "sending", "scheduled" -> null;
            default -> throw new IllegalArgumentException("MessageStatus '" + status + "' is not a Twilio status");
        };
        if (reported == null) {
            return Optional.empty();
        }
        List<ProviderError> errors = new ArrayList<>();
        p.get("ErrorCode").ifPresent(code -> errors.add(new ProviderError(count(code), p.get("ErrorMessage").orElse(null),
                p.get("ErrorMessage"), Optional.empty())));
        if (reported == DeliveryStatus.FAILED && errors.isEmpty()) {
            errors.add(new ProviderError(0, "Twilio reported the message " + status, Optional.empty(), Optional.empty()));
        }
        return Optional.of(new DeliveryReport(new ProviderMessageId(p.required("MessageSid")),
                new BusinessNumberId(address("From", p.required("From")).e164()),
                Optional.of(WhatsAppIdentity.ofPhone(address("To", p.required("To")))), reported, clock.instant(),
                errors, Optional.empty(), Optional.empty()));
    }

    private static PhoneNumber address(String field, String raw) {
        String number = raw.startsWith(WHATSAPP) ? raw.substring(WHATSAPP.length()) : raw;
        return PhoneNumber.of(field, number);
    }

    private static MediaKind kindOf(String mime) {
        String type = mime.toLowerCase(Locale.ROOT);
        if (type.equals("image/webp")) {
            return MediaKind.STICKER;
        }
        if (type.startsWith("image/")) {
            return MediaKind.IMAGE;
        }
        if (type.startsWith("audio/")) {
            return MediaKind.AUDIO;
        }
        if (type.startsWith("video/")) {
            return MediaKind.VIDEO;
        }
        return MediaKind.DOCUMENT;
    }

    private static int count(String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + raw + "' is not a number");
        }
    }

    private static double coordinate(String field, String raw) {
        try {
            return Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + raw + "' is not a coordinate");
        }
    }

    /** The form's parameters in order; a name given twice keeps every value (the signature covers them all). */
    static Map<String, List<String>> parseForm(byte[] body) throws CharacterCodingException {
        String raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(body)).toString();
        Map<String, List<String>> form = new LinkedHashMap<>();
        if (raw.isBlank()) {
            return form;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return form;
    }

    private record Params(Map<String, List<String>> form) {
        Optional<String> get(String name) {
            return Optional.ofNullable(form.get(name)).filter(v -> !v.isEmpty()).map(v -> v.get(0))
                    .filter(v -> !v.isBlank());
        }

        String required(String name) {
            return get(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
        }
    }
}
