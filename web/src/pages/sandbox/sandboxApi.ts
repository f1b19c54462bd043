// The sandbox phone's calls: the organisation's sandbox numbers, a simulated phone writing to one, and its thread.
import { request, type Page } from '../../api';

export interface ChannelAccount {
  id: string;
  provider: 'whatsapp_cloud' | 'twilio' | 'sandbox' | string;
  displayNumber: string;
}

export interface Choice {
  id: string;
  title: string;
  description: string | null;
}

export interface SandboxMessage {
  id: string;
  direction: 'inbound' | 'outbound';
  type: string;
  body: string;
  status: string;
  at: string;
  buttons: Choice[] | null;
  list: { button: string; sections: { title: string | null; rows: Choice[] }[] } | null;
  error: string | null;
}

export type Say = { text: string } | { buttonId: string } | { listRowId: string };

export const sandboxApi = {
  channels: () => request<Page<ChannelAccount>>('GET', '/channels'),

  connectSandbox: (displayNumber: string) =>
    request<ChannelAccount>('POST', '/channels', { provider: 'sandbox', displayNumber }),

  write: (accountId: string, from: string, say: Say) =>
    request<{ id: string; from: string; type: string }>('POST', `/sandbox/${encodeURIComponent(accountId)}/messages`, {
      from,
      ...say,
    }),

  thread: (accountId: string, phone: string) =>
    request<Page<SandboxMessage>>(
      'GET',
      `/sandbox/${encodeURIComponent(accountId)}/messages?phone=${encodeURIComponent(phone)}&limit=50`,
    ),
};
