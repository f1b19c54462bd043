package io.chatnation.ports.archfixtureevents.in;

import io.chatnation.ports.archfixturecampaigns.in.CampaignSummary;
import java.util.List;

/** Refers to campaigns' contract while campaigns' contract refers back: a cycle between modules' ports. */
public record EventSummary(String name, List<CampaignSummary> campaigns) {
}
