package io.chatnation.app.archfixture;

import io.chatnation.ports.archfixturecampaigns.in.CreateAutomation;
import io.chatnation.ports.archfixtureevents.in.CheckInAttendee;
import io.chatnation.ports.archfixtureevents.usecase.CheckInAttendeeService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;

/** The permitted shape: an app's factory constructs the use case. */
@Factory
@Requires(property = "chatnation.architecture-fixtures.enabled")
public final class EventsWiring {

    public CheckInAttendee checkInAttendee(CreateAutomation createAutomation) {
        return new CheckInAttendeeService(createAutomation);
    }
}
