/**
 * Classes that break the domain's rules on purpose, so that each architecture rule is seen failing. Test sources
 * only: they never ship. Those carrying Micronaut bean annotations are disabled by a {@code @Requires} on a
 * property nobody sets, so they never join an application context started by a test.
 */
package io.chatnation.domain.archfixture;
