/** What the audit use cases need: the insert-only trail. */
package io.chatnation.ports.audit.out;
