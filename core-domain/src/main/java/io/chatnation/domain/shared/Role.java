package io.chatnation.domain.shared;

import static io.chatnation.domain.shared.Permission.*;

import io.chatnation.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The nine roles of the platform, each a fixed set of permissions. */
public enum Role {
    PLATFORM_ADMIN("Platform Admin", "Full system access across all tenants. Internal ChatNation use only.",
            EnumSet.allOf(Permission.class)),
    ORG_OWNER("Organisation Owner", "Full access to the organisation's data and settings, including billing and the audit trail.",
            EnumSet.complementOf(EnumSet.of(PLATFORM_OPERATE))),
    ORG_ADMIN("Organisation Admin", "Manages modules, team members and campaigns. Cannot manage billing.",
            EnumSet.complementOf(EnumSet.of(PLATFORM_OPERATE, BILLING_MANAGE, AUDIT_READ))),
    EVENT_MANAGER("Event Manager", "Creates and manages events, their exhibitors and tickets.",
            EnumSet.of(ORG_READ, MEMBERS_READ, EVENTS_READ, EVENTS_MANAGE, EXHIBITORS_READ, EXHIBITORS_MANAGE)),
    SURVEY_MANAGER("Survey Manager", "Creates and manages surveys; views analytics of campaigns carrying them.",
            EnumSet.of(ORG_READ, MEMBERS_READ, SURVEYS_READ, SURVEYS_MANAGE, CAMPAIGNS_READ)),
    CONTENT_MANAGER("Content Manager", "Creates and manages campaigns, programmes and broadcasts, and the contacts they reach.",
            EnumSet.of(ORG_READ, MEMBERS_READ, CAMPAIGNS_READ, CAMPAIGNS_MANAGE, CONTENT_MANAGE, CONTACTS_READ, CONTACTS_MANAGE)),
    EXHIBITOR_ADMIN("Exhibitor Admin", "Manages its own booth, products and leads.",
            EnumSet.of(ORG_READ, EXHIBITORS_READ, EXHIBITORS_MANAGE)),
    EXHIBITOR_STAFF("Exhibitor Staff", "Views its own booth's traffic and leads; no configuration.",
            EnumSet.of(ORG_READ, EXHIBITORS_READ)),
    VIEWER("Viewer", "Read-only access to dashboards and reports.",
            EnumSet.of(ORG_READ, MEMBERS_READ, EVENTS_READ, EXHIBITORS_READ, SURVEYS_READ, CAMPAIGNS_READ));

    private final String title;
    private final String description;
    private final Set<Permission> permissions;

    Role(String title, String description, Set<Permission> permissions) {
        this.title = title;
        this.description = description;
        this.permissions = Set.copyOf(permissions);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** Roles an organisation can hand out itself; Platform Admin is given only through the admin CLI. */
    public boolean assignableWithinOrganisation() {
        return this != PLATFORM_ADMIN;
    }

    public static Role parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInput.of(field, "is required");
        }
        String wanted = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst()
                .orElseThrow(() -> InvalidInput.of(field, "unknown role '" + raw.trim() + "'; one of "
                        + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "))));
    }
}
