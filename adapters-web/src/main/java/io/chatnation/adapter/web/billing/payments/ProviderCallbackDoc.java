package io.chatnation.adapter.web.billing.payments;

import io.chatnation.adapter.web.shared.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the OpenAPI document says of every endpoint a payment provider calls: grouped apart from the API,
 * requiring none of the API's credentials (the provider proves itself by a secret address or a signature), and
 * refusing a notice that contradicts its purchase.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Tag(name = ProviderCallbackDoc.TAG, description = "Called by the payment providers, not by API clients: where they "
        + "report what became of a payment. Each proves itself by its own means (a secret address, a signature) "
        + "instead of a bearer token or API key.")
// An empty requirement: the operation asks for none of the API's credentials. (The generator cannot write the
// equivalent empty list, security: [], from annotations.)
@SecurityRequirement(name = "")
@ApiResponse(responseCode = "422", description = "The notice contradicts its purchase (another payment attempt, another "
        + "amount, a purchase already settled otherwise): nothing changes, and the attempt is recorded in the purchase's "
        + "audit trail; the problem type names the rule",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@interface ProviderCallbackDoc {

    String TAG = "Billing: payment provider callbacks";
}
