package io.chatnation.adapter.web.shared;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.Decoder;
import io.micronaut.serde.Deserializer;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.ReferencePath;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON array of strings into a {@code List<String>}, as strictly as {@link StrictStringDeserializer}
 * reads one string: Serde's built-in list reader would take {@code [["a"]]} or {@code [1]} as text.
 */
@Singleton
@Primary
public final class StrictStringListDeserializer implements Deserializer<List<String>> {

    @Override
    public List<String> deserialize(Decoder decoder, DecoderContext context, Argument<? super List<String>> type)
            throws IOException {
        JsonNode node = decoder.decodeNode();
        if (!node.isArray()) {
            throw new JsonTypeMismatch("must be an array of strings, not " + JsonTypes.describe(node));
        }
        List<String> values = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            try {
                if (!item.isString()) {
                    throw new JsonTypeMismatch("must be a string, not " + JsonTypes.describe(item));
                }
                values.add(StrictStringDeserializer.checked(item.getStringValue()));
            } catch (SerdeException e) {
                e.getPath().add(ReferencePath.ofCollection(List.class, Argument.STRING, i));
                throw e;
            }
        }
        return values;
    }

    @Override
    public List<String> deserializeNullable(Decoder decoder, DecoderContext context, Argument<? super List<String>> type)
            throws IOException {
        return decoder.decodeNull() ? null : deserialize(decoder, context, type);
    }
}
