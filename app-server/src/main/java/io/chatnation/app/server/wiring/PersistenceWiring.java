package io.chatnation.app.server.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.chatnation.adapter.persistence.audit.JdbcAuditTrail;
import io.chatnation.adapter.persistence.identity.JdbcAccessRecords;
import io.chatnation.adapter.persistence.identity.JdbcApiKeys;
import io.chatnation.adapter.persistence.identity.JdbcCredentialLookup;
import io.chatnation.adapter.persistence.identity.JdbcPermissionGrants;
import io.chatnation.adapter.persistence.identity.JdbcRefreshTokens;
import io.chatnation.adapter.persistence.identity.JdbcRoleAssignments;
import io.chatnation.adapter.persistence.identity.JdbcUsers;
import io.chatnation.adapter.persistence.setup.Database;
import io.chatnation.adapter.persistence.shared.Jdbc;
import io.chatnation.adapter.persistence.shared.JdbcUnitOfWork;
import io.chatnation.adapter.persistence.tenancy.JdbcOrganizations;
import io.chatnation.app.server.DatabaseConfiguration;
import io.chatnation.app.server.RuntimeDefaults;
import io.chatnation.ports.audit.out.AuditTrail;
import io.chatnation.ports.identity.out.AccessRecords;
import io.chatnation.ports.identity.out.ApiKeys;
import io.chatnation.ports.identity.out.CredentialLookup;
import io.chatnation.ports.identity.out.PermissionGrants;
import io.chatnation.ports.identity.out.RefreshTokens;
import io.chatnation.ports.identity.out.RoleAssignments;
import io.chatnation.ports.identity.out.Users;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.out.Organizations;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The relational store: embedded PostgreSQL by default, an external one when a URL is configured. */
@Factory
public class PersistenceWiring {

    @Singleton
    @Bean(preDestroy = "close")
    Database database(DatabaseConfiguration config, @Value("${" + RuntimeDefaults.DATA_DIR + "}") String dataDirectory) {
        return Database.open(config.settings(Path.of(dataDirectory)), config.migrateOnStart());
    }

    @Singleton
    JdbcUnitOfWork jdbcUnitOfWork(Database database) {
        return new JdbcUnitOfWork(database.application());
    }

    @Singleton
    UnitOfWork unitOfWork(JdbcUnitOfWork uow) {
        return uow;
    }

    @Singleton
    Jdbc jdbc(JdbcUnitOfWork uow) {
        return new Jdbc(uow);
    }

    @Singleton
    Organizations organizations(Jdbc jdbc) {
        return new JdbcOrganizations(jdbc);
    }

    @Singleton
    Users users(Jdbc jdbc) {
        return new JdbcUsers(jdbc);
    }

    @Singleton
    AccessRecords accessRecords(Jdbc jdbc) {
        return new JdbcAccessRecords(jdbc);
    }

    @Singleton
    RoleAssignments roleAssignments(Jdbc jdbc) {
        return new JdbcRoleAssignments(jdbc);
    }

    @Singleton
    PermissionGrants permissionGrants(Jdbc jdbc) {
        return new JdbcPermissionGrants(jdbc);
    }

    @Singleton
    CredentialLookup credentialLookup(Jdbc jdbc) {
        return new JdbcCredentialLookup(jdbc);
    }

    @Singleton
    RefreshTokens refreshTokens(Jdbc jdbc) {
        return new JdbcRefreshTokens(jdbc);
    }

    @Singleton
    ApiKeys apiKeys(Jdbc jdbc) {
        return new JdbcApiKeys(jdbc);
    }

    @Singleton
    AuditTrail auditTrail(Jdbc jdbc) {
        return new JdbcAuditTrail(jdbc, new ObjectMapper());
    }
}
