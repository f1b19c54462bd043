/** Identity use cases: sign-up, sessions, members and roles, scoped grants, API keys, access checks. */
package io.chatnation.ports.identity.in;
