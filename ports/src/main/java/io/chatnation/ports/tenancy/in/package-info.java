/** Tenancy use cases: create, show and rename an organisation. */
package io.chatnation.ports.tenancy.in;
