package io.chatnation.app.cli;

import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.InvalidInput;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.domain.shared.Permission;
import io.chatnation.domain.shared.Role;
import io.chatnation.domain.shared.Uuids;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Option values turned into the domain's value objects before anything runs, with the same rules as the API.
 * A rejected value is reported under the option's name ({@code --owner-email: is not a valid e-mail address}).
 */
final class Options {

    private Options() {}

    static OrgId organisation(String raw) {
        return new OrgId(Uuids.parse("--org", raw));
    }

    static Optional<UUID> id(String option, String raw) {
        return Optional.ofNullable(raw).map(r -> Uuids.parse(option, r));
    }

    static EmailAddress email(String option, String raw) {
        return named(option, () -> new EmailAddress(raw));
    }

    static DisplayName name(String option, String raw) {
        return DisplayName.of(option, raw);
    }

    static Optional<PlainPassword> password(String option, String raw) {
        return Optional.ofNullable(raw).map(r -> PlainPassword.of(option, r));
    }

    static Role role(String raw) {
        return Role.parse("--role", raw);
    }

    static Set<Permission> scopes(List<String> raw) {
        Set<Permission> scopes = EnumSet.noneOf(Permission.class);
        raw.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(s -> scopes.add(Permission.parse("--scopes", s)));
        if (scopes.isEmpty()) {
            throw InvalidInput.of("--scopes", "must name at least one scope");
        }
        return scopes;
    }

    static Optional<Instant> instant(String option, String raw) {
        try {
            return Optional.ofNullable(raw).map(String::strip).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(option, "must be an ISO-8601 instant such as 2026-01-31T09:00:00Z");
        }
    }

    /** Runs a domain constructor, reporting its field errors under the options they came from. */
    static <T> T named(Map<String, String> optionOfField, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream().map(f -> new InvalidInput.FieldError(
                    optionOfField.getOrDefault(f.field(), f.field()), f.message())).toList());
        }
    }

    private static <T> T named(String option, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInput e) {
            throw new InvalidInput(e.errors().stream().map(f -> new InvalidInput.FieldError(option, f.message())).toList());
        }
    }
}
