package io.chatnation.app.server.wiring;

import io.chatnation.adapter.web.identity.Argon2PasswordHasher;
import io.chatnation.adapter.web.identity.JwtAccessTokenIssuer;
import io.chatnation.adapter.web.identity.SecureRandomSecrets;
import io.chatnation.domain.shared.IdGenerator;
import io.chatnation.ports.identity.in.AcceptInvitation;
import io.chatnation.ports.identity.in.AddMember;
import io.chatnation.ports.identity.in.AuthenticateApiKey;
import io.chatnation.ports.identity.in.ChangeMemberRole;
import io.chatnation.ports.identity.in.CreateApiKey;
import io.chatnation.ports.identity.in.GrantScopedRole;
import io.chatnation.ports.identity.in.ListApiKeys;
import io.chatnation.ports.identity.in.ListMembers;
import io.chatnation.ports.identity.in.LogIn;
import io.chatnation.ports.identity.in.LogOut;
import io.chatnation.ports.identity.in.RefreshSession;
import io.chatnation.ports.identity.in.RegisterOrganization;
import io.chatnation.ports.identity.in.RemoveMember;
import io.chatnation.ports.identity.in.RevokeApiKey;
import io.chatnation.ports.identity.in.RevokeScopedRole;
import io.chatnation.ports.identity.in.ShowCurrentUser;
import io.chatnation.ports.identity.out.AccessRecords;
import io.chatnation.ports.identity.out.AccessTokenIssuer;
import io.chatnation.ports.identity.out.ApiKeys;
import io.chatnation.ports.identity.out.CredentialLookup;
import io.chatnation.ports.identity.out.PasswordHasher;
import io.chatnation.ports.identity.out.PermissionGrants;
import io.chatnation.ports.identity.out.RefreshTokens;
import io.chatnation.ports.identity.out.RoleAssignments;
import io.chatnation.ports.identity.out.SecretGenerator;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.identity.usecase.AcceptInvitationService;
import io.chatnation.ports.identity.usecase.AddMemberService;
import io.chatnation.ports.identity.usecase.AuthenticateApiKeyService;
import io.chatnation.ports.identity.usecase.ChangeMemberRoleService;
import io.chatnation.ports.identity.usecase.CheckAccessService;
import io.chatnation.ports.identity.usecase.CreateApiKeyService;
import io.chatnation.ports.identity.usecase.GrantScopedRoleService;
import io.chatnation.ports.identity.usecase.ListApiKeysService;
import io.chatnation.ports.identity.usecase.ListMembersService;
import io.chatnation.ports.identity.usecase.LogInService;
import io.chatnation.ports.identity.usecase.LogOutService;
import io.chatnation.ports.identity.usecase.RefreshSessionService;
import io.chatnation.ports.identity.usecase.RegisterOrganizationService;
import io.chatnation.ports.identity.usecase.RemoveMemberService;
import io.chatnation.ports.identity.usecase.RevokeApiKeyService;
import io.chatnation.ports.identity.usecase.RevokeScopedRoleService;
import io.chatnation.ports.identity.usecase.SessionOpener;
import io.chatnation.ports.identity.usecase.ShowCurrentUserService;
import io.chatnation.ports.shared.in.CheckAccess;
import io.chatnation.ports.shared.in.RecordAuditEntry;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.in.CreateOrganization;
import io.chatnation.ports.tenancy.in.ShowOrganization;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Identity: credentials, sessions, members and roles, API keys, and the access check every module uses. */
@Factory
public class IdentityWiring {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    IdGenerator ids(Clock clock) {
        return new TimeOrderedIds(clock);
    }

    @Singleton
    PasswordHasher passwordHasher() {
        return new Argon2PasswordHasher();
    }

    @Singleton
    SecretGenerator secretGenerator() {
        return new SecureRandomSecrets();
    }

    @Singleton
    AccessTokenIssuer accessTokenIssuer(JwtTokenGenerator generator, Clock clock) {
        return new JwtAccessTokenIssuer(generator, clock);
    }

    @Singleton
    SessionOpener sessionOpener(RefreshTokens refreshTokens, AccessTokenIssuer accessTokens, SecretGenerator secrets,
                                IdGenerator ids, Clock clock) {
        return new SessionOpener(refreshTokens, accessTokens, secrets, ids, clock);
    }

    @Singleton
    CheckAccess checkAccess(AccessRecords records) {
        return new CheckAccessService(records);
    }

    @Singleton
    RegisterOrganization registerOrganization(UnitOfWork uow, CreateOrganization createOrganization, Users users,
                                              RoleAssignments roles, PasswordHasher hasher, SessionOpener sessions,
                                              RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        return new RegisterOrganizationService(uow, createOrganization, users, roles, hasher, sessions, audit, ids, clock);
    }

    @Singleton
    LogIn logIn(UnitOfWork uow, CredentialLookup lookup, PasswordHasher hasher, SessionOpener sessions) {
        return new LogInService(uow, lookup, hasher, sessions);
    }

    @Singleton
    RefreshSession refreshSession(UnitOfWork uow, CredentialLookup lookup, RefreshTokens refreshTokens,
                                  SessionOpener sessions, RecordAuditEntry audit, Clock clock) {
        return new RefreshSessionService(uow, lookup, refreshTokens, sessions, audit, clock);
    }

    @Singleton
    LogOut logOut(UnitOfWork uow, CredentialLookup lookup, RefreshTokens refreshTokens, RecordAuditEntry audit, Clock clock) {
        return new LogOutService(uow, lookup, refreshTokens, audit, clock);
    }

    @Singleton
    AcceptInvitation acceptInvitation(UnitOfWork uow, CredentialLookup lookup, Users users, PasswordHasher hasher,
                                      SessionOpener sessions, RecordAuditEntry audit, Clock clock) {
        return new AcceptInvitationService(uow, lookup, users, hasher, sessions, audit, clock);
    }

    @Singleton
    ShowCurrentUser showCurrentUser(UnitOfWork uow, CheckAccess access, Users users, ShowOrganization organization) {
        return new ShowCurrentUserService(uow, access, users, organization);
    }

    @Singleton
    ListMembers listMembers(UnitOfWork uow, CheckAccess access, Users users) {
        return new ListMembersService(uow, access, users);
    }

    @Singleton
    AddMember addMember(UnitOfWork uow, CheckAccess access, Users users, RoleAssignments roles, PasswordHasher hasher,
                        SecretGenerator secrets, RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        return new AddMemberService(uow, access, users, roles, hasher, secrets, audit, ids, clock);
    }

    @Singleton
    ChangeMemberRole changeMemberRole(UnitOfWork uow, CheckAccess access, Users users, RoleAssignments roles, RecordAuditEntry audit) {
        return new ChangeMemberRoleService(uow, access, users, roles, audit);
    }

    @Singleton
    RemoveMember removeMember(UnitOfWork uow, CheckAccess access, Users users, RoleAssignments roles,
                              RefreshTokens refreshTokens, RecordAuditEntry audit, Clock clock) {
        return new RemoveMemberService(uow, access, users, roles, refreshTokens, audit, clock);
    }

    @Singleton
    GrantScopedRole grantScopedRole(UnitOfWork uow, CheckAccess access, Users users, PermissionGrants grants,
                                    RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        return new GrantScopedRoleService(uow, access, users, grants, audit, ids, clock);
    }

    @Singleton
    RevokeScopedRole revokeScopedRole(UnitOfWork uow, CheckAccess access, PermissionGrants grants, RecordAuditEntry audit) {
        return new RevokeScopedRoleService(uow, access, grants, audit);
    }

    @Singleton
    CreateApiKey createApiKey(UnitOfWork uow, CheckAccess access, ApiKeys apiKeys, SecretGenerator secrets,
                              RecordAuditEntry audit, IdGenerator ids, Clock clock) {
        return new CreateApiKeyService(uow, access, apiKeys, secrets, audit, ids, clock);
    }

    @Singleton
    ListApiKeys listApiKeys(UnitOfWork uow, CheckAccess access, ApiKeys apiKeys) {
        return new ListApiKeysService(uow, access, apiKeys);
    }

    @Singleton
    RevokeApiKey revokeApiKey(UnitOfWork uow, CheckAccess access, ApiKeys apiKeys, RecordAuditEntry audit, Clock clock) {
        return new RevokeApiKeyService(uow, access, apiKeys, audit, clock);
    }

    @Singleton
    AuthenticateApiKey authenticateApiKey(UnitOfWork uow, CredentialLookup lookup, ApiKeys apiKeys, Clock clock) {
        return new AuthenticateApiKeyService(uow, lookup, apiKeys, clock);
    }
}
