package io.chatnation.adapter.mail;

import io.chatnation.domain.shared.EmailAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom to send mail.
 *
 * @param starttls upgrade the connection with STARTTLS before authenticating (port 587); off for a local relay
 */
public record SmtpSettings(String host, int port, Optional<String> username, Optional<String> password,
                           EmailAddress from, boolean starttls, Duration timeout) {

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("chatnation.mail.host is required to send mail");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("chatnation.mail.port must be between 1 and 65535");
        }
        username = username == null ? Optional.empty() : username.filter(u -> !u.isBlank());
        password = password == null ? Optional.empty() : password;
        Objects.requireNonNull(from, "chatnation.mail.from is required to send mail");
        Objects.requireNonNull(timeout, "timeout");
    }
}
