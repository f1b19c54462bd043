package io.chatnation.ports.archfixturecampaigns.in;

/** An in port of the campaigns fixture module. */
public interface CreateAutomation {

    void create(String name);
}
