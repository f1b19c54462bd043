package io.chatnation.adapter.archfixtureweb;

import io.chatnation.ports.archfixturecampaigns.in.CreateAutomation;
import io.chatnation.ports.archfixtureevents.in.CheckInAttendee;
import io.chatnation.ports.archfixtureevents.usecase.CheckInAttendeeService;

/** An adapter constructing a use case instead of receiving it from the apps' wiring. */
public final class CheckInController {

    private final CheckInAttendee checkInAttendee;

    public CheckInController(CreateAutomation createAutomation) {
        this.checkInAttendee = new CheckInAttendeeService(createAutomation);
    }

    public CheckInAttendee checkInAttendee() {
        return checkInAttendee;
    }
}
