/** Who may do what: roles as permission sets, scoped grants, callers, credentials and sessions. */
package io.chatnation.domain.identity;
