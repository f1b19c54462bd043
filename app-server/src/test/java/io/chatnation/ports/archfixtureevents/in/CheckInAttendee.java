package io.chatnation.ports.archfixtureevents.in;

import java.util.UUID;

/** An in port of the events fixture module. */
public interface CheckInAttendee {

    void checkIn(UUID ticketId);
}
