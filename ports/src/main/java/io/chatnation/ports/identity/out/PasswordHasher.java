package io.chatnation.ports.identity.out;

import io.chatnation.domain.identity.PlainPassword;

/** A slow, salted password hash (Argon2id or bcrypt). */
public interface PasswordHasher {

    String hash(PlainPassword password);

    boolean matches(PlainPassword password, String hash);
}
