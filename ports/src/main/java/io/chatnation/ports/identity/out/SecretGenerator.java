package io.chatnation.ports.identity.out;

/** Cryptographically strong randomness for tokens and key prefixes. */
public interface SecretGenerator {

    /** 256 random bits, base64url without padding (43 characters). */
    String token();

    /** 12 lower-case letters and digits: the public, unique part of an API key. */
    String keyPrefix();
}
