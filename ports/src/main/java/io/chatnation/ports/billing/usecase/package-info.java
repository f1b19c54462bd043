/** The billing use cases: plain classes, built by the apps' wiring. */
package io.chatnation.ports.billing.usecase;
