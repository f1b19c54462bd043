/**
 * The HTTP edge: REST controllers under {@code /api/v1}, authentication by JWT or API key, RFC 7807
 * problem responses, request ids. Controllers translate JSON to commands and results to DTOs; every
 * decision stays in the use cases.
 */
package io.chatnation.adapter.web;
