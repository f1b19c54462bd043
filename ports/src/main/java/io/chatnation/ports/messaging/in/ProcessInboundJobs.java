package io.chatnation.ports.messaging.in;

/** The workers' side of the inbound pipeline: routes queued inbound messages and applies queued delivery reports. */
public interface ProcessInboundJobs {

    /** The job queue the inbound jobs travel on (what a relay from the outbox to a broker moves). */
    String QUEUE = "messaging.inbound";

    /** Claims and handles up to {@code max} ready jobs; answers how many were claimed (0: the queue is idle). */
    int processReady(int max);
}
