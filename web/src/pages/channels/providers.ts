// What each WhatsApp provider's connect form asks for. The channel API takes one POST for every provider; a
// provider is a list of fields here, so adding one (Twilio, the sandbox) is adding an entry, not a form.

export interface ProviderField {
  /** The request body's property, also the key of its problem+json field errors. */
  name: string;
  label: string;
  hint?: string;
  /** Write-only: typed into a password input and never shown back by the API. */
  secret?: boolean;
  /** Offer to generate a random value (a verify token is any string of one's own). */
  generate?: boolean;
  type?: 'text' | 'tel';
}

export interface ChannelProviderForm {
  code: string;
  title: string;
  description: string;
  fields: ProviderField[];
  /** What to do once the number is connected, shown with it. */
  nextStep: string;
  /** Where the provider's console asks for the webhook URL; absent when the provider sends no webhooks. */
  webhookHint?: string;
}

export const PROVIDERS: ChannelProviderForm[] = [
  {
    code: 'whatsapp_cloud',
    title: 'WhatsApp Cloud API (Meta)',
    description:
      'A number on Meta’s WhatsApp Cloud API. Find the ids under WhatsApp → API Setup in your Meta app, and use a system user’s permanent access token.',
    fields: [
      { name: 'displayNumber', label: 'Display number', type: 'tel', hint: 'The number people write to, with country code, e.g. +254712345678.' },
      { name: 'phoneNumberId', label: 'Phone number ID', hint: 'Digits only, from API Setup.' },
      { name: 'wabaId', label: 'WhatsApp Business Account ID' },
      { name: 'accessToken', label: 'Access token', secret: true },
      { name: 'appSecret', label: 'App secret', secret: true, hint: 'From App settings → Basic; it signs the webhooks Meta sends.' },
      {
        name: 'verifyToken',
        label: 'Verify token',
        secret: true,
        generate: true,
        hint: 'Any string of yours; enter the same one at Meta next to the webhook URL.',
      },
    ],
    nextStep: 'Enter its webhook URL and verify token at Meta to start receiving messages.',
    webhookHint:
      'At Meta, under WhatsApp → Configuration, enter this URL as the callback URL with your verify token, and subscribe to the messages field.',
  },
  {
    code: 'twilio',
    title: 'Twilio',
    description:
      'A WhatsApp sender on Twilio. The account SID and auth token are on the front page of your Twilio console; the auth token also signs the webhooks Twilio sends.',
    fields: [
      {
        name: 'displayNumber',
        label: 'Sender number',
        type: 'tel',
        hint: 'The WhatsApp sender’s number, with country code, e.g. +254712345678.',
      },
      { name: 'accountSid', label: 'Account SID', hint: 'AC followed by 32 hexadecimal digits.' },
      { name: 'authToken', label: 'Auth token', secret: true },
    ],
    nextStep: 'Enter its webhook URL at Twilio to start receiving messages.',
    webhookHint:
      'At Twilio, under Messaging → Senders → WhatsApp senders, enter this URL for “When a message comes in” and “Status callback URL” (HTTP POST).',
  },
  {
    code: 'sandbox',
    title: 'Sandbox (simulated number)',
    description:
      'A simulated number to try your flows, menu and replies without a WhatsApp provider: chat with it from the sandbox phone. Nothing is sent to WhatsApp.',
    fields: [
      {
        name: 'displayNumber',
        label: 'Number',
        type: 'tel',
        hint: 'Any number of yours to simulate, with country code, e.g. +254700000000.',
      },
    ],
    nextStep: 'Write to it from the sandbox phone.',
  },
];

export function providerOf(code: string): ChannelProviderForm | undefined {
  return PROVIDERS.find((provider) => provider.code === code);
}

export function providerTitle(code: string): string {
  return providerOf(code)?.title ?? code;
}

/** 24 random bytes, URL-safe: long enough that it cannot be guessed. */
export function randomToken(): string {
  const bytes = new Uint8Array(24);
  window.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}
