package io.chatnation.domain.archfixturebilling;

/** A value of the billing fixture module, not an aggregate: other modules may hold it. */
public enum PaymentMethod { MPESA, CARD }
