package io.chatnation.ports.archfixturecampaigns.usecase;

import io.chatnation.ports.archfixturecampaigns.in.CreateAutomation;
import io.chatnation.ports.archfixturecampaigns.out.Automations;
import io.chatnation.ports.archfixtureevents.in.CheckInAttendee;
import java.util.UUID;

/** Calls back into events through its in port: mutual calls through in ports are no cycle. */
public final class CreateAutomationService implements CreateAutomation {

    private final Automations automations;
    private final CheckInAttendee checkInAttendee;

    public CreateAutomationService(Automations automations, CheckInAttendee checkInAttendee) {
        this.automations = automations;
        this.checkInAttendee = checkInAttendee;
    }

    @Override
    public void create(String name) {
        automations.save(name);
    }

    public void checkInOnArrival(UUID ticketId) {
        checkInAttendee.checkIn(ticketId);
    }
}
