package io.chatnation.domain.shared;

/** Who performed an action, as recorded in the audit trail. */
public enum ActorType {
    USER, SYSTEM, API;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
