/** Payment provider settings and the job that asks providers about purchases whose callback never came. */
package io.chatnation.app.server.payments;
