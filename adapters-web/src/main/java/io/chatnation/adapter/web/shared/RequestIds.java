package io.chatnation.adapter.web.shared;

import io.micronaut.http.HttpRequest;

/** The id of a request: the caller's {@code X-Request-Id} when sane, else one the server made. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "chatnation.requestId";

    private RequestIds() {}

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class).orElse(null);
    }
}
