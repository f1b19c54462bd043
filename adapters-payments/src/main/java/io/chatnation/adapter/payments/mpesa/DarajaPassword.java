package io.chatnation.adapter.payments.mpesa;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * The Password and Timestamp of an STK request: Base64(shortcode + passkey + timestamp), the timestamp as
 * yyyyMMddHHmmss on Nairobi's clock, whatever zone the server runs in.
 */
public record DarajaPassword(String timestamp, String password) {

    static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(NAIROBI);

    public static DarajaPassword at(Instant now, String shortcode, String passkey) {
        String timestamp = TIMESTAMP.format(now);
        return new DarajaPassword(timestamp, of(shortcode, passkey, timestamp));
    }

    public static String of(String shortcode, String passkey, String timestamp) {
        return Base64.getEncoder().encodeToString((shortcode + passkey + timestamp).getBytes(StandardCharsets.UTF_8));
    }
}
