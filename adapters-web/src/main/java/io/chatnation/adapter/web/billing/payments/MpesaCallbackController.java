package io.chatnation.adapter.web.billing.payments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.chatnation.adapter.web.shared.Problem;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.adapter.web.shared.RequestOrigins;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.domain.shared.RuleViolated;
import io.chatnation.ports.billing.in.ConfirmPayment;
import io.chatnation.ports.billing.in.ReceiveMpesaCallback;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Daraja posts STK Push results. Daraja does not sign them: the secret last path segment, given to Daraja
 * for one purchase only, is what tells a real callback from a forged one. Unknown segments answer 404 and change
 * nothing; repeated callbacks are acknowledged and change nothing.
 */
@Controller(MpesaCallbackController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@ProviderCallbackDoc
public class MpesaCallbackController {

    /** The wiring tells the M-Pesa adapter this path, which announces it to Daraja with each purchase's secret. */
    public static final String PATH = "/api/v1/payments/mpesa/callback";
    private static final Logger LOG = LoggerFactory.getLogger(MpesaCallbackController.class);

    /** Daraja's expected acknowledgement: it keeps the callback for retries until it gets one. */
    @Serdeable
    @Schema(name = "MpesaCallbackAcknowledgement")
    public record Acknowledgement(@JsonProperty("ResultCode") @Schema(example = "0") int resultCode,
                                  @JsonProperty("ResultDesc") @Schema(example = "Accepted") String resultDesc) {
        static final Acknowledgement ACCEPTED = new Acknowledgement(0, "Accepted");
    }

    private static final String STK_RESULT_EXAMPLE = """
            {"Body": {"stkCallback": {
              "MerchantRequestID": "29115-34620561-1",
              "CheckoutRequestID": "ws_CO_191220191020363925",
              "ResultCode": 0,
              "ResultDesc": "The service request is processed successfully.",
              "CallbackMetadata": {"Item": [
                {"Name": "Amount", "Value": 2250.00},
                {"Name": "MpesaReceiptNumber", "Value": "NLJ7RT61SV"},
                {"Name": "TransactionDate", "Value": 20191219102115},
                {"Name": "PhoneNumber", "Value": 254712345678}]}}}}""";

    private final ReceiveMpesaCallback receive;
    private final RequestOrigins origins;

    public MpesaCallbackController(ReceiveMpesaCallback receive, RequestOrigins origins) {
        this.receive = receive;
        this.origins = origins;
    }

    @Operation(operationId = "receiveMpesaCallback",
            summary = "Receive an M-Pesa STK Push result (called by Safaricom's Daraja, not by API clients)",
            description = "Daraja posts here the outcome of the payment prompt sent to the payer's phone: paid "
                    + "(with the amount and receipt number), cancelled, failed or timed out. The address is minted "
                    + "for one purchase and given to Daraja only, which is what authenticates the call. A payment "
                    + "credits the purchase's tokens once, however often Daraja repeats the callback.")
    @Post(uri = "/{token}", consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN},
            produces = MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "Applied, or already applied before: Daraja's acknowledgement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Acknowledgement.class)))
    @ProblemDoc.BadRequest
    @ApiResponse(responseCode = "404", description = "No purchase has this callback address (a forged or mistyped one): "
            + "nothing is read or changed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Acknowledgement receive(
            @Parameter(description = "The purchase's secret callback segment, as given to Daraja with the payment prompt")
            @PathVariable String token,
            @RequestBody(required = true, description = "The STK Push result exactly as Daraja sends it",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Object.class, description = "Daraja's STK callback: "
                                    + "Body.stkCallback with MerchantRequestID, CheckoutRequestID, ResultCode, ResultDesc "
                                    + "and, on success, CallbackMetadata.Item [{Name, Value}] (Amount, MpesaReceiptNumber, ...)"),
                            examples = @ExampleObject(name = "paid", value = STK_RESULT_EXAMPLE)))
            @Body byte[] body,
            HttpRequest<?> request) {
        RequestOrigin origin = origins.of(request);
        ConfirmPayment.Outcome outcome = receive.receive(new ReceiveMpesaCallback.Command(token, body, origin));
        if (outcome instanceof ConfirmPayment.NoSuchPurchase) {
            LOG.warn("M-Pesa callback on an unknown path from {}", origin.ipAddress().orElse("?"));
            throw new NotFound("Payment callback");
        }
        if (outcome instanceof ConfirmPayment.Rejected rejected) {
            LOG.warn("M-Pesa callback for purchase {} rejected: {}", rejected.purchase(), rejected.reason());
            throw new RuleViolated(rejected.rule(), rejected.reason());
        }
        return Acknowledgement.ACCEPTED;
    }
}
