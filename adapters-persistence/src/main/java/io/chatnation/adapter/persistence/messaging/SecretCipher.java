package io.chatnation.adapter.persistence.messaging;

import io.chatnation.domain.messaging.ChannelSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts channel secrets for storage with AES-256-GCM: a fresh 12-byte nonce per value, stored in front of the
 * ciphertext. The row's id is the associated data, so a secret copied into another row does not decrypt there. The
 * 256-bit key is the SHA-256 of the configured key phrase, so any long random string serves as configuration.
 */
public final class SecretCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretCipher(String keyPhrase) {
        if (keyPhrase == null || keyPhrase.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("chatnation.secrets.key must be at least " + MIN_KEY_LENGTH + " characters");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(keyPhrase.strip().getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(digest, "AES");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public byte[] seal(ChannelSecret secret, UUID owner) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, owner);
            byte[] sealed = cipher.doFinal(secret.value().getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a channel secret", e);
        }
    }

    public ChannelSecret open(byte[] stored, UUID owner) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(stored);
            byte[] nonce = new byte[NONCE_BYTES];
            buffer.get(nonce);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            return new ChannelSecret(new String(cipher(Cipher.DECRYPT_MODE, nonce, owner).doFinal(sealed), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | RuntimeException e) {
            // A changed key or a tampered row: say which, without echoing anything of the value.
            throw new IllegalStateException("Cannot decrypt a channel secret of " + owner
                    + ": was chatnation.secrets.key changed?", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, UUID owner) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(owner.toString().getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
