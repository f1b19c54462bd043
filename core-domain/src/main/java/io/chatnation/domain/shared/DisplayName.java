package io.chatnation.domain.shared;

/** A human-readable name (of a person, an organisation, an API key), following the rules of {@link HumanText}. */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 120;

    public DisplayName {
        value = HumanText.checked("name", value, MAX_LENGTH);
    }

    public static DisplayName of(String field, String raw) {
        return new DisplayName(HumanText.checked(field, raw, MAX_LENGTH));
    }

    @Override
    public String toString() {
        return value;
    }
}
