// The inbox endpoints (/api/v1/inbox) and its live event stream.
import { request, type Page } from '../../api';

export type ConversationStatus = 'open' | 'resolved';

export interface Conversation {
  id: string;
  contact: { id: string; name: string | null; phone: string | null };
  lastMessage: string | null;
  lastMessageType: string | null;
  lastMessageAt: string | null;
  unreadCount: number;
  status: ConversationStatus;
  humanTakeover: boolean;
  assignee: { id: string; name: string | null } | null;
}

export interface ThreadMessage {
  id: string;
  direction: 'inbound' | 'outbound';
  senderType: 'contact' | 'bot' | 'agent' | 'system';
  type: string;
  body: string | null;
  status: string;
  createdAt: string;
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  failedAt: string | null;
  error: string | null;
  media: MessageMedia | null;
}

/** An attachment of a contact's message: pending until fetched, then fetched (with its url) or why it was not. */
export interface MessageMedia {
  kind: 'image' | 'audio' | 'video' | 'document' | 'sticker';
  status: 'pending' | 'fetched' | 'too_large' | 'rejected_type' | 'failed';
  url: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  filename: string | null;
  detail: string | null;
}

export interface Thread {
  conversation: Conversation;
  messages: ThreadMessage[];
  meta: { cursor: string | null; limit: number };
}

export interface SentMessage {
  id: string;
  status: 'sent' | 'failed';
  error: string | null;
}

export interface InboxFilters {
  status: '' | ConversationStatus;
  assigned: '' | 'me' | 'unassigned' | string;
  unread: boolean;
  label: string;
  search: string;
}

const BASE = '/inbox/conversations';

function query(filters: InboxFilters, cursor: string | null): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.assigned) params.set('assigned', filters.assigned);
  if (filters.unread) params.set('unread', 'true');
  if (filters.label.trim()) params.set('label', filters.label.trim());
  if (filters.search.trim()) params.set('search', filters.search.trim());
  if (cursor) params.set('cursor', cursor);
  params.set('limit', '50');
  return params.toString();
}

const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const inboxApi = {
  list: (filters: InboxFilters, cursor: string | null = null) =>
    request<Page<Conversation>>('GET', `${BASE}?${query(filters, cursor)}`),
  thread: (id: string, cursor: string | null = null) =>
    request<Thread>('GET', `${path(id)}${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
  reply: (id: string, text: string) => request<SentMessage>('POST', `${path(id)}/messages`, { text }),
  takeOver: (id: string) => request<Conversation>('POST', `${path(id)}/takeover`),
  handBack: (id: string) => request<void>('DELETE', `${path(id)}/takeover`),
  resolve: (id: string) => request<Conversation>('POST', `${path(id)}/resolve`),
  reopen: (id: string) => request<Conversation>('POST', `${path(id)}/reopen`),
  assign: (id: string, userId: string) => request<Conversation>('PUT', `${path(id)}/assignee`, { userId }),
  unassign: (id: string) => request<void>('DELETE', `${path(id)}/assignee`),
  ticket: () => request<{ ticket: string; expiresIn: number }>('POST', '/inbox/events/tickets'),
};

export interface InboxEvent {
  kind: 'message' | 'conversation' | 'resync';
  conversationId: string | null;
}

/**
 * Follows the inbox's live events. EventSource cannot send the bearer token, so each connection opens with a
 * short-lived ticket; when the stream breaks (a server restart, a network change) a fresh ticket reopens it, and
 * the caller is told to reload what it shows, since events may have been missed meanwhile.
 */
export function followInbox(onEvent: (event: InboxEvent) => void, onLive: (live: boolean) => void): () => void {
  let source: EventSource | null = null;
  let stopped = false;
  let retry: number | undefined;
  let connections = 0;

  async function open() {
    if (stopped) return;
    try {
      const { ticket } = await inboxApi.ticket();
      if (stopped) return;
      source = new EventSource(`/api/v1/inbox/events?ticket=${encodeURIComponent(ticket)}`);
      const handle = (kind: InboxEvent['kind']) => (message: MessageEvent<string>) => {
        let conversationId: string | null = null;
        try {
          conversationId = (JSON.parse(message.data) as { conversationId?: string }).conversationId ?? null;
        } catch {
          // A resync notice carries no conversation.
        }
        onEvent({ kind, conversationId });
      };
      source.addEventListener('ready', () => {
        onLive(true);
        if (connections++ > 0) onEvent({ kind: 'resync', conversationId: null });
      });
      source.addEventListener('message', handle('message'));
      source.addEventListener('conversation', handle('conversation'));
      source.addEventListener('resync', handle('resync'));
      source.onerror = () => {
        onLive(false);
        source?.close();
        source = null;
        retry = window.setTimeout(() => void open(), 2000);
      };
    } catch {
      onLive(false);
      retry = window.setTimeout(() => void open(), 5000);
    }
  }

  void open();
  return () => {
    stopped = true;
    window.clearTimeout(retry);
    source?.close();
  };
}
