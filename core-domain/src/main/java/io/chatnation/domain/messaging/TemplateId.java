package io.chatnation.domain.messaging;

import io.chatnation.domain.shared.Uuids;
import java.util.Objects;
import java.util.UUID;

public record TemplateId(UUID value) {

    public TemplateId {
        Objects.requireNonNull(value, "templateId");
    }

    public static TemplateId of(String raw) {
        return new TemplateId(Uuids.parse("templateId", raw));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
