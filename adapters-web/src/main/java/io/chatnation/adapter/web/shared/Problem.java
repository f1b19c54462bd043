package io.chatnation.adapter.web.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An RFC 7807 problem document. {@code required} and {@code available} are the extension members of an
 * insufficient-tokens problem (402): what the operation needed and what the wallet had, in tokens.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, @Nullable String instance,
                      @Nullable String requestId, @Nullable List<FieldProblem> errors,
                      @Nullable BigDecimal required, @Nullable BigDecimal available) {

    public Problem(String type, String title, int status, String detail, String instance, String requestId,
                   List<FieldProblem> errors) {
        this(type, title, status, detail, instance, requestId, errors, null, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPES = "https://docs.chatnation.io/problems/";

    @Serdeable
    public record FieldProblem(String field, String message) {}

    public static String type(String slug) {
        return TYPES + slug;
    }
}
