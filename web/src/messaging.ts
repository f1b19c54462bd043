// The messaging API the contacts, channel and messaging settings screens use (/api/v1/contacts, /api/v1/channels,
// /api/v1/messaging), and who may do what there.
import { request, requestRaw, type Me, type Page } from './api';

export const CONTACTS_READ = 'contacts:read';
export const CONTACTS_MANAGE = 'contacts:manage';
/** Connecting and removing WhatsApp numbers is an organisation setting. */
export const ORG_MANAGE = 'org:manage';

export function canSeeContacts(me: Me): boolean {
  return me.permissions.includes(CONTACTS_READ) || me.permissions.includes(CONTACTS_MANAGE);
}

export function canManageContacts(me: Me): boolean {
  return me.permissions.includes(CONTACTS_MANAGE);
}

export function canManageChannels(me: Me): boolean {
  return me.permissions.includes(ORG_MANAGE);
}

export interface Contact {
  id: string;
  phone: string | null;
  waUserId: string | null;
  name: string | null;
  language: string | null;
  labels: string[];
  customFields: Record<string, string>;
  notes: string | null;
  blocked: boolean;
  optedOut: boolean;
  optedInAt: string | null;
  optInSource: string | null;
  optedOutAt: string | null;
  lastInboundAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ContactFilter {
  search?: string;
  label?: string;
  /** 'true' / 'false', or empty for either. */
  optedOut?: string;
  blocked?: string;
}

export interface ConsentEntry {
  change: 'opted_in' | 'opted_out' | string;
  source: string;
  at: string;
}

export interface ContactData {
  contact: Contact;
  consentHistory: ConsentEntry[];
  messages: { direction: string; type: string; body: string | null; status: string; at: string }[];
}

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  errors: ImportRowError[];
}

export type DuplicatePolicy = 'update' | 'skip';

export interface ContactSettings {
  defaultRegion: string | null;
}

/** Why a number needs the organisation to act, e.g. WhatsApp refused its access token. */
export interface ChannelAttention {
  /** The provider's error code. */
  code: string;
  reason: string;
  since: string;
}

export interface ChannelAccount {
  id: string;
  /** whatsapp_cloud, twilio or sandbox. */
  provider: string;
  phoneNumberId: string;
  /** The Cloud API's business account; null for the other providers. */
  wabaId: string | null;
  displayNumber: string;
  /** Where the provider posts; null for a sandbox number, which takes no webhooks. */
  webhookUrl: string | null;
  createdAt: string;
  needsAttention: boolean;
  attention: ChannelAttention | null;
}

/** A notification about one of the organisation's numbers, shaped like the billing notifications. */
export interface ChannelAlert {
  id: string;
  type: string;
  title: string;
  message: string;
  read: boolean;
  readAt: string | null;
  createdAt: string;
  /** The number it is about. */
  channelId: string;
}

export interface MenuOption {
  label: string;
  /** The keyword whose process the option starts. */
  keyword: string;
}

export interface BotMenu {
  title: string;
  options: MenuOption[];
}

/** What PUT /messaging/settings takes: empty means the platform's own text, no menu, no local words. */
export interface MessagingSettingsChange {
  defaultReply: string | null;
  menu: BotMenu | null;
  optOutWords: string[];
  optInWords: string[];
}

export interface MessagingSettings extends MessagingSettingsChange {
  /** The saved default reply, or the platform's text when none is saved. */
  defaultReplyInEffect: string;
  /** The keywords a menu option may start. */
  processKeywords: string[];
  /** STOP, UNSUBSCRIBE…: they always work, whatever the local words. */
  builtInOptOutWords: string[];
  builtInOptInWords: string[];
}

/** Everyone who may see the organisation may read its messaging settings; changing them is an organisation setting. */
export const ORG_READ = 'org:read';

export function canSeeMessagingSettings(me: Me): boolean {
  return me.permissions.includes(ORG_READ) || me.permissions.includes(ORG_MANAGE);
}

export function canChangeMessagingSettings(me: Me): boolean {
  return me.permissions.includes(ORG_MANAGE);
}

/** Channel alerts are for those who can fix the number: the same people who connect numbers. */
export function canSeeChannelAlerts(me: Me): boolean {
  return canManageChannels(me);
}

function path(id: string): string {
  return `/contacts/${encodeURIComponent(id)}`;
}

export const contactsApi = {
  list: (filter: ContactFilter, cursor: string | null, limit: number) => {
    const query = new URLSearchParams({ limit: String(limit) });
    for (const [key, value] of Object.entries(filter)) if (value) query.set(key, value);
    if (cursor) query.set('cursor', cursor);
    return request<Page<Contact>>('GET', `/contacts?${query.toString()}`);
  },

  show: (id: string) => request<Contact>('GET', path(id)),

  create: (body: { phone: string; name?: string; language?: string; labels?: string[]; optInSource?: string }) =>
    request<Contact>('POST', '/contacts', body),

  update: (
    id: string,
    body: { name: string; language: string; labels: string[]; customFields: Record<string, string>; notes: string },
  ) => request<Contact>('PATCH', path(id), body),

  setBlocked: (id: string, blocked: boolean) => request<Contact>('POST', `${path(id)}/${blocked ? 'block' : 'unblock'}`),

  changeConsent: (id: string, optedOut: boolean, source: string) =>
    request<Contact>('POST', `${path(id)}/${optedOut ? 'opt-out' : 'opt-in'}`, { source }),

  data: (id: string) => request<ContactData>('GET', `${path(id)}/data`),

  erase: (id: string) => request<void>('POST', `${path(id)}/erasure`),

  exportCsv: () => requestRaw('GET', '/contacts/export', { accept: 'text/csv, application/problem+json' }),

  /** Sends the file as text/csv; `mapping` is `key=Column` pairs as the API reads them. */
  importCsv: async (
    file: Blob,
    options: { mapping: string; onDuplicate: DuplicatePolicy; region: string },
    onUploadProgress: (fraction: number) => void,
  ) => {
    const query = new URLSearchParams({ mapping: options.mapping, onDuplicate: options.onDuplicate });
    if (options.region) query.set('region', options.region);
    const text = await requestRaw('POST', `/contacts/imports?${query.toString()}`, {
      body: file,
      contentType: 'text/csv',
      onUploadProgress,
    });
    return JSON.parse(text) as ImportReport;
  },

  settings: () => request<ContactSettings>('GET', '/contacts/settings'),

  changeSettings: (body: ContactSettings) => request<ContactSettings>('PUT', '/contacts/settings', body),
};

export const channelsApi = {
  list: () => request<Page<ChannelAccount>>('GET', '/channels'),

  connect: (body: Record<string, string>) => request<ChannelAccount>('POST', '/channels', body),

  remove: (id: string) => request<void>('DELETE', `/channels/${encodeURIComponent(id)}`),

  /** Unread first, then newest first. */
  alerts: () => request<{ items: ChannelAlert[] }>('GET', '/messaging/alerts'),

  markAlertRead: (id: string) => request<ChannelAlert>('POST', `/messaging/alerts/${encodeURIComponent(id)}/read`),
};

export const messagingSettingsApi = {
  show: () => request<MessagingSettings>('GET', '/messaging/settings'),

  change: (body: MessagingSettingsChange) => request<MessagingSettings>('PUT', '/messaging/settings', body),
};

/** Offers text as a file download, e.g. an export or an error report. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the object URL after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
