/**
 * Low-balance alerts and auto-refill: a wallet's available tokens dipping below its threshold, the notification
 * and mail that tell the owners, and the bundle bought automatically to top it up.
 */
package io.chatnation.domain.billing.alert;
