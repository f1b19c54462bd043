package io.chatnation.adapter.web.shared;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Reads a JSON string into a {@code String} field and nothing else. Serde's own reader turns
 * {@code ["Acme"]}, {@code 42} and {@code true} into text, so a client's mistake would be stored as if
 * it were meant; here each is a field error instead.
 *
 * <p>The text must also be storable as written: control characters other than tab and line breaks
 * (NUL cannot even be stored by PostgreSQL) and unpaired UTF-16 surrogates are refused rather than
 * silently altered. This applies to every JSON body the application reads, including the inbound
 * webhooks of later modules: none of them has a reason to carry such characters.
 */
@Singleton
@Primary
public final class StrictStringDeserializer implements Deserializer<String> {

    @Override
    public String deserialize(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isString()) {
            throw new JsonTypeMismatch("must be a string, not " + JsonTypes.describe(node));
        }
        return checked(node.getStringValue());
    }

    @Override
    public String deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super String> type) throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }

    static String checked(String text) throws JsonTypeMismatch {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new JsonTypeMismatch("must not contain control characters");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new JsonTypeMismatch("must be valid Unicode text (it contains an unpaired surrogate)");
            }
        }
        return text;
    }
}
