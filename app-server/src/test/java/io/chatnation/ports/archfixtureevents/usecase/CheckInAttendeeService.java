package io.chatnation.ports.archfixtureevents.usecase;

import io.chatnation.ports.archfixturecampaigns.in.CreateAutomation;
import io.chatnation.ports.archfixtureevents.in.CheckInAttendee;
import java.util.UUID;

/** The permitted shape: schedules a follow-up through campaigns' in port. */
public final class CheckInAttendeeService implements CheckInAttendee {

    private final CreateAutomation createAutomation;

    public CheckInAttendeeService(CreateAutomation createAutomation) {
        this.createAutomation = createAutomation;
    }

    @Override
    public void checkIn(UUID ticketId) {
        AttendeeSnapshot attendee = new AttendeeSnapshot(ticketId);
        createAutomation.create("follow-up " + attendee.ticketId());
    }
}
