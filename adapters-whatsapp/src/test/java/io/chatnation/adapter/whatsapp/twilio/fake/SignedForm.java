package io.chatnation.adapter.whatsapp.twilio.fake;

import io.chatnation.adapter.whatsapp.twilio.TwilioSignature;
import io.chatnation.domain.messaging.ChannelSecret;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A webhook as Twilio posts it: the form-encoded body and its headers, signed for {@code url} with the auth token. */
public record SignedForm(String url, byte[] body, Map<String, String> headers) {

    public static SignedForm of(String url, ChannelSecret authToken, Map<String, String> parameters) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        parameters.forEach((name, value) -> multi.put(name, List.of(value)));
        String body = parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return new SignedForm(url, body.getBytes(StandardCharsets.UTF_8), Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                TwilioSignature.HEADER, TwilioSignature.sign(authToken, url, multi)));
    }

    /** The same form with another signature header (or none, for {@code null}). */
    public SignedForm withSignature(String signature) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.remove(TwilioSignature.HEADER);
        if (signature != null) {
            changed.put(TwilioSignature.HEADER, signature);
        }
        return new SignedForm(url, body, changed);
    }

    /** An inbound text from {@code from} to {@code to} (both E.164), as Twilio posts it. */
    public static Map<String, String> text(String messageSid, String accountSid, String from, String to,
                                           String profileName, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("SmsMessageSid", messageSid);
        form.put("NumMedia", "0");
        form.put("ProfileName", profileName);
        form.put("MessageType", "text");
        form.put("SmsSid", messageSid);
        form.put("WaId", from.substring(1));
        form.put("SmsStatus", "received");
        form.put("Body", body);
        form.put("To", "whatsapp:" + to);
        form.put("NumSegments", "1");
        form.put("ReferralNumMedia", "0");
        form.put("MessageSid", messageSid);
        form.put("AccountSid", accountSid);
        form.put("From", "whatsapp:" + from);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    /** A status callback for one of our messages, from our sender {@code from} to the user {@code to}. */
    public static Map<String, String> status(String messageSid, String accountSid, String from, String to,
                                             String status, String errorCode) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", messageSid);
        form.put("SmsSid", messageSid);
        form.put("AccountSid", accountSid);
        form.put("From", "whatsapp:" + from);
        form.put("To", "whatsapp:" + to);
        form.put("MessageStatus", status);
        form.put("SmsStatus", status);
        form.put("ChannelToAddress", to);
        form.put("ApiVersion", "2010-04-01");
        if (errorCode != null) {
            form.put("ErrorCode", errorCode);
            form.put("ErrorMessage", "Twilio error " + errorCode);
        }
        return form;
    }
}
