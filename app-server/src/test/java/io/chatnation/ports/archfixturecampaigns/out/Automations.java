package io.chatnation.ports.archfixturecampaigns.out;

/** An out port of the campaigns fixture module: its repository. */
public interface Automations {

    void save(String name);
}
