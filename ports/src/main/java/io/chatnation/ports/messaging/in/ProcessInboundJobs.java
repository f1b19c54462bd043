package io.chatnation.ports.messaging.in;

/** The workers' side of the inbound pipeline: routes queued inbound messages and applies queued delivery reports. */
public interface ProcessInboundJobs {

    /** Claims and handles up to {@code max} ready jobs; answers how many were claimed (0: the queue is idle). */
    int processReady(int max);
}
