// Shared helpers of the billing screens: who may see them, and how token amounts and money read.
import type { Me } from './api';

export const BILLING_READ = 'billing:read';
export const BILLING_MANAGE = 'billing:manage';

/** Balance, usage and transactions: billing:read (managing implies seeing). */
export function canSeeBilling(me: Me): boolean {
  return me.permissions.includes(BILLING_READ) || me.permissions.includes(BILLING_MANAGE);
}

/** Buying tokens and deciding sandbox payments. */
export function canManageBilling(me: Me): boolean {
  return me.permissions.includes(BILLING_MANAGE);
}

// Tokens have up to three decimals; whole numbers show none, so 100 reads "100" and 12.5 reads "12.5".
const TOKENS = new Intl.NumberFormat(undefined, { minimumFractionDigits: 0, maximumFractionDigits: 3 });

export function formatTokens(value: number | string): string {
  const amount = typeof value === 'string' ? Number(value) : value;
  return Number.isFinite(amount) ? TOKENS.format(amount) : String(value);
}

/** A ledger change with its sign: "+100", "−2.5", "0". */
export function formatTokenChange(value: number): string {
  if (value > 0) return `+${formatTokens(value)}`;
  if (value < 0) return `−${formatTokens(-value)}`;
  return formatTokens(0);
}

/** "KES 500.00"; the amount stays the server's decimal string so nothing is rounded through a float. */
export function formatMoney(currency: string, amount: string): string {
  return `${currency} ${amount}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** "sms_send" or "SURVEYS" -> "Sms send" / "Surveys". */
export function humanize(code: string): string {
  const words = code.replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// As the server's PayerPhone accepts it: 254 and nine digits in Safaricom's 7xx/1xx ranges, written with
// or without +254 or a leading 0, spaces, dots, dashes and brackets allowed.
const SEPARATORS = /[\s().-]/g;
const MSISDN = /^254[17]\d{8}$/;

export function normalizeKenyanMobile(raw: string): string | null {
  let digits = raw.trim().replace(SEPARATORS, '');
  if (digits.startsWith('+')) digits = digits.slice(1);
  if (digits.startsWith('0') && digits.length === 10) digits = `254${digits.slice(1)}`;
  else if (digits.length === 9 && (digits.startsWith('7') || digits.startsWith('1'))) digits = `254${digits}`;
  return MSISDN.test(digits) ? digits : null;
}
