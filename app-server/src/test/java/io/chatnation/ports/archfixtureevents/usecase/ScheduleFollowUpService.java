package io.chatnation.ports.archfixtureevents.usecase;

import io.chatnation.ports.archfixturecampaigns.out.Automations;

/** Reaches into campaigns' repository instead of going through its in port. */
public final class ScheduleFollowUpService {

    private final Automations automations;

    public ScheduleFollowUpService(Automations automations) {
        this.automations = automations;
    }

    public void schedule(String name) {
        automations.save(name);
    }
}
