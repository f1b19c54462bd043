package io.chatnation.domain.shared;

/**
 * A wallet cannot cover a charge. It lives in the kernel, beside {@link TokenAmount}, because every module
 * that spends tokens passes it on to its own callers, and the web edge answers it with 402.
 */
public final class InsufficientTokens extends DomainException {

    private final TokenAmount required;
    private final TokenAmount available;

    public InsufficientTokens(TokenAmount required, TokenAmount available) {
        super("This needs " + required + " tokens but only " + available + " are available");
        this.required = required;
        this.available = available;
    }

    /** What the operation needed from the wallet's available tokens. */
    public TokenAmount required() {
        return required;
    }

    /** What the wallet had available when the operation was refused. */
    public TokenAmount available() {
        return available;
    }
}
