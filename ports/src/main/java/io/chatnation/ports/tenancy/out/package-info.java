/** What the tenancy use cases need: the organisations store. */
package io.chatnation.ports.tenancy.out;
