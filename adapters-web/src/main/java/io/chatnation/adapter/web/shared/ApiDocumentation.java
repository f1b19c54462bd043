package io.chatnation.adapter.web.shared;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header; the paths are generated from the controllers at compile time. */
@OpenAPIDefinition(
        info = @Info(title = "ChatNation API", version = "v1",
                description = "Multi-tenant WhatsApp engagement platform. Errors are RFC 7807 problem+json; "
                        + "lists use cursor pagination (?cursor=&limit=, data + meta.cursor)."),
        security = {@SecurityRequirement(name = "bearer"), @SecurityRequirement(name = "apiKey")})
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT or API key")
@SecurityScheme(name = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, paramName = "X-Api-Key")
public final class ApiDocumentation {
    private ApiDocumentation() {}
}
