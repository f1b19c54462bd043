package io.chatnation.domain.shared;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An action family a role may perform. Named {@code module:verb} on the wire (e.g. {@code members:manage}),
 * which is also the vocabulary of API-key scopes.
 */
public enum Permission {
    ORG_READ("org:read"),
    ORG_MANAGE("org:manage"),
    MEMBERS_READ("members:read"),
    MEMBERS_MANAGE("members:manage"),
    API_KEYS_MANAGE("api-keys:manage"),
    AUDIT_READ("audit:read"),
    BILLING_READ("billing:read"),
    BILLING_MANAGE("billing:manage"),
    EVENTS_READ("events:read"),
    EVENTS_MANAGE("events:manage"),
    EXHIBITORS_READ("exhibitors:read"),
    EXHIBITORS_MANAGE("exhibitors:manage"),
    SURVEYS_READ("surveys:read"),
    SURVEYS_MANAGE("surveys:manage"),
    CAMPAIGNS_READ("campaigns:read"),
    CAMPAIGNS_MANAGE("campaigns:manage"),
    CONTENT_MANAGE("content:manage"),
    /** Contacts hold personal data: reading them is a permission of its own. */
    CONTACTS_READ("contacts:read"),
    CONTACTS_MANAGE("contacts:manage"),
    /** Cross-tenant operations; held only by Platform Admins. */
    PLATFORM_OPERATE("platform:operate");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Permission parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code.equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "unknown scope '" + raw.trim() + "'; one of "
                        + Arrays.stream(values()).map(Permission::code).collect(Collectors.joining(", "))));
    }
}
