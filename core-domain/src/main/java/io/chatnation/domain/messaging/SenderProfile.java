package io.chatnation.domain.messaging;

import java.util.Optional;

/** What WhatsApp tells about the sender besides their identity: the profile name they chose and their username. */
public record SenderProfile(Optional<String> name, Optional<String> username) {

    public static final SenderProfile UNKNOWN = new SenderProfile(Optional.empty(), Optional.empty());

    public SenderProfile {
        name = name.filter(n -> !n.isBlank()).map(String::strip);
        username = username.filter(n -> !n.isBlank()).map(String::strip);
    }
}
