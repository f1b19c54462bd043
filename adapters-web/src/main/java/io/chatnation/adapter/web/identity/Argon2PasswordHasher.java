package io.chatnation.adapter.web.identity;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.ports.identity.out.PasswordHasher;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/** Argon2id (salt 16 B, hash 32 B, 1 lane, 16 MiB, 2 passes) from Spring Security's crypto module. */
public final class Argon2PasswordHasher implements PasswordHasher {

    private final Argon2PasswordEncoder encoder = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Override
    public String hash(PlainPassword password) {
        return encoder.encode(password.reveal());
    }

    @Override
    public boolean matches(PlainPassword password, String hash) {
        return encoder.matches(password.reveal(), hash);
    }
}
