package io.chatnation.adapter.web.identity;

import io.chatnation.adapter.web.shared.Input;
import io.chatnation.adapter.web.shared.ProblemDoc;
import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.identity.PlainPassword;
import io.chatnation.domain.shared.DisplayName;
import io.chatnation.domain.shared.EmailAddress;
import io.chatnation.domain.shared.RequestOrigin;
import io.chatnation.ports.identity.in.AcceptInvitation;
import io.chatnation.ports.identity.in.LogIn;
import io.chatnation.ports.identity.in.LogOut;
import io.chatnation.ports.identity.in.RefreshSession;
import io.chatnation.ports.identity.in.RegisterOrganization;
import io.chatnation.ports.identity.in.ShowCurrentUser;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;

@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
public class AuthController {

    private final RegisterOrganization register;
    private final LogIn logIn;
    private final RefreshSession refresh;
    private final LogOut logOut;
    private final AcceptInvitation acceptInvitation;
    private final ShowCurrentUser me;
    private final LoginThrottle throttle;
    private final HttpClientAddressResolver addresses;

    public AuthController(RegisterOrganization register, LogIn logIn, RefreshSession refresh, LogOut logOut,
                          AcceptInvitation acceptInvitation, ShowCurrentUser me, LoginThrottle throttle,
                          HttpClientAddressResolver addresses) {
        this.register = register;
        this.logIn = logIn;
        this.refresh = refresh;
        this.logOut = logOut;
        this.acceptInvitation = acceptInvitation;
        this.me = me;
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Operation(summary = "Sign up: create an organisation and its owner, and sign the owner in")
    @Post("/register")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Status(HttpStatus.CREATED)
    @ProblemDoc.BadRequest
    @ProblemDoc.Conflict
    public SessionResponse register(@Body AuthRequests.Register body, HttpRequest<?> request) {
        Input input = new Input();
        var organizationName = input.field("organizationName", () -> new DisplayName(body.organizationName()));
        var name = input.field("name", () -> new DisplayName(body.name()));
        var email = input.field("email", () -> new EmailAddress(body.email()));
        var password = input.field("password", () -> PlainPassword.of("password", body.password()));
        input.validate();
        return SessionResponse.of(register.register(
                new RegisterOrganization.Command(organizationName, name, email, password, origin(request))));
    }

    @Operation(summary = "Sign in with e-mail and password (5 attempts a minute per address and per account)")
    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ProblemDoc.BadRequest
    @ProblemDoc.Unauthenticated
    @ProblemDoc.TooManyRequests
    public SessionResponse logIn(@Body AuthRequests.LogIn body, HttpRequest<?> request) {
        throttle.attempt(addresses.resolve(request), body.email());
        Input input = new Input();
        var email = input.field("email", () -> new EmailAddress(body.email()));
        var password = input.field("password", () -> PlainPassword.candidate("password", body.password()));
        input.validate();
        return SessionResponse.of(logIn.logIn(new LogIn.Command(email, password, origin(request))));
    }

    @Operation(summary = "Exchange a refresh token for a new session; the presented token is retired")
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ProblemDoc.BadRequest
    @ProblemDoc.Unauthenticated
    public SessionResponse refresh(@Body AuthRequests.Refresh body, HttpRequest<?> request) {
        return SessionResponse.of(refresh.refresh(new RefreshSession.Command(body.refreshToken(), origin(request))));
    }

    @Operation(summary = "Sign out: end the session of the given refresh token, or, without a body or token, all of "
            + "the user's sessions")
    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    @ProblemDoc.BadRequest
    @ProblemDoc.Unauthenticated
    public void logOut(@Parameter(hidden = true) Caller caller,
                       @Body @Nullable @RequestBody(required = false) AuthRequests.LogOut body) {
        logOut.logOut(new LogOut.Command(caller, Optional.ofNullable(body).map(AuthRequests.LogOut::refreshToken)));
    }

    @Operation(summary = "Accept an invitation by choosing a password; signs the member in")
    @Post("/accept-invitation")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @ProblemDoc.BadRequest
    @ProblemDoc.Unauthenticated
    public SessionResponse acceptInvitation(@Body AuthRequests.AcceptInvitation body, HttpRequest<?> request) {
        Input input = new Input();
        var password = input.field("password", () -> PlainPassword.of("password", body.password()));
        input.validate();
        return SessionResponse.of(acceptInvitation.accept(new AcceptInvitation.Command(body.token(), password, origin(request))));
    }

    @Operation(summary = "Who am I: the caller, their organisation, roles and permissions")
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ProblemDoc.Unauthenticated
    public MeResponse me(@Parameter(hidden = true) Caller caller) {
        return MeResponse.of(me.show(caller));
    }

    private RequestOrigin origin(HttpRequest<?> request) {
        return RequestOrigin.of(addresses.resolve(request), request.getHeaders().get(HttpHeaders.USER_AGENT));
    }
}
