package io.chatnation.app.cli;

import io.chatnation.domain.shared.Caller;
import io.chatnation.domain.shared.NotFound;
import io.chatnation.domain.shared.OrgId;
import io.chatnation.ports.shared.out.UnitOfWork;
import io.chatnation.ports.tenancy.in.ShowOrganization;
import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * Runs work as the platform inside one existing organisation, in one transaction that the use cases join.
 * The organisation is checked first, so an unknown id is reported as such rather than as a foreign-key error,
 * and nothing is written.
 */
@Singleton
final class OrganisationScope {

    private final DatabaseConnection database;
    private final BeanProvider<UnitOfWork> uow;
    private final BeanProvider<ShowOrganization> organizations;
    private final SystemActor actor;

    OrganisationScope(DatabaseConnection database, BeanProvider<UnitOfWork> uow,
                      BeanProvider<ShowOrganization> organizations, SystemActor actor) {
        this.database = database;
        this.uow = uow;
        this.organizations = organizations;
        this.actor = actor;
    }

    <T> T actIn(OrgId org, Function<Caller, T> work) {
        database.open();
        Caller caller = actor.in(org);
        return uow.get().inOrganization(org, () -> {
            try {
                organizations.get().show(caller);
            } catch (NotFound e) {
                throw new NotFound("organisation " + org);
            }
            return work.apply(caller);
        });
    }

    /** For a new organisation, whose id the caller allocated: the transaction that creates it is bound to it. */
    <T> T actInNew(OrgId org, Function<Caller, T> work) {
        database.open();
        Caller caller = actor.in(org);
        return uow.get().inOrganization(org, () -> work.apply(caller));
    }
}
