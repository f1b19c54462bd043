package io.chatnation.domain.identity;

/** An invited member has no password until the invitation is accepted. */
public enum UserStatus { ACTIVE, INVITED }
