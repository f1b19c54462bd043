package io.chatnation.domain.archfixturebilling;

import java.util.UUID;

/** An aggregate of the billing fixture module: it carries its identity in {@code id}. */
public record Wallet(UUID id, long balance) {
}
