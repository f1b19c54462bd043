package io.chatnation.ports.archfixturecampaigns.in;

import io.chatnation.ports.archfixtureevents.in.EventSummary;

/** The campaigns half of the contract cycle with {@link EventSummary}. */
public record CampaignSummary(String name, EventSummary event) {
}
