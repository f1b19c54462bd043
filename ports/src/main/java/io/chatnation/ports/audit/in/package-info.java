/** Audit use cases: record an entry, list and export the trail. */
package io.chatnation.ports.audit.in;
