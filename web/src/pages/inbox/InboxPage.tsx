import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { api, type Member } from '../../api';
import { useMe } from '../../auth';
import { describeError } from '../../forms';
import { useLocation, navigate, usePageTitle } from '../../router';
import {
  followInbox,
  inboxApi,
  type Conversation,
  type InboxFilters,
  type Thread,
  type ThreadMessage,
} from './inboxApi';
import './inbox.css';
import { MediaAttachment } from './MediaAttachment';

const NO_FILTERS: InboxFilters = { status: 'open', assigned: '', unread: false, label: '', search: '' };

function errorMessage(error: unknown): string {
  return describeError(error, []).form ?? 'Something went wrong. Please try again.';
}

function contactName(c: Conversation): string {
  return c.contact.name || c.contact.phone || 'Unknown contact';
}

function time(iso: string | null): string {
  if (!iso) return '';
  const at = new Date(iso);
  const today = new Date();
  return at.toDateString() === today.toDateString()
    ? at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}

function preview(c: Conversation): string {
  if (c.lastMessage) return c.lastMessage;
  return c.lastMessageType ? `[${c.lastMessageType}]` : '';
}

/** The agents' inbox: conversations on the left, the open thread on the right, kept live by the event stream. */
export function InboxPage() {
  usePageTitle('Inbox');
  const me = useMe();
  const canAct = me.permissions.includes('content:manage');
  const { search } = useLocation();
  const selected = search.get('c');

  const [filters, setFilters] = useState<InboxFilters>(NO_FILTERS);
  const [searchText, setSearchText] = useState('');
  const [conversations, setConversations] = useState<Conversation[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [listError, setListError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [live, setLive] = useState(false);
  const [members, setMembers] = useState<Member[]>([]);
  const reloadList = useRef<() => void>(() => {});
  const reloadThread = useRef<(conversationId: string | null) => void>(() => {});
  // Stable across renders, so that the thread view does not reload on every render of the list.
  const onThreadChanged = useCallback(() => reloadList.current(), []);
  const registerThread = useCallback((reload: (conversationId: string | null) => void) => {
    reloadThread.current = reload;
  }, []);

  const load = useCallback(() => {
    inboxApi.list(filters).then(
      (page) => {
        setConversations(page.data);
        setCursor(page.meta.cursor);
        setListError(null);
        setLoading(false);
      },
      (error: unknown) => {
        setListError(errorMessage(error));
        setLoading(false);
      },
    );
  }, [filters]);

  useEffect(() => {
    setLoading(true);
    load();
    reloadList.current = load;
  }, [load]);

  // Events arrive in bursts (a message, its conversation, its reply): one reload per burst is enough.
  useEffect(() => {
    let timer: number | undefined;
    const stop = followInbox(
      (event) => {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          reloadList.current();
          reloadThread.current(event.kind === 'resync' ? null : event.conversationId);
        }, 150);
      },
      setLive,
    );
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, []);

  useEffect(() => {
    if (!canAct) return;
    api.members(null, 100).then((page) => setMembers(page.data), () => setMembers([]));
  }, [canAct]);

  function loadMore() {
    if (!cursor) return;
    inboxApi.list(filters, cursor).then(
      (page) => {
        setConversations((current) => [...current, ...page.data.filter((c) => !current.some((o) => o.id === c.id))]);
        setCursor(page.meta.cursor);
      },
      (error: unknown) => setListError(errorMessage(error)),
    );
  }

  function applySearch(event: FormEvent) {
    event.preventDefault();
    setFilters((f) => ({ ...f, search: searchText }));
  }

  return (
    <div className="inbox">
      <section className="inbox-list" aria-label="Conversations">
        <div className="inbox-list-head">
          <h1>Inbox</h1>
          <span className={live ? 'inbox-live on' : 'inbox-live'} data-testid="inbox-live">
            {live ? 'Live' : 'Connecting…'}
          </span>
        </div>
        <form className="inbox-filters" role="search" onSubmit={applySearch}>
          <input
            type="search"
            aria-label="Search name, number or message"
            placeholder="Search name, number or message"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            data-testid="inbox-search"
          />
          <select
            aria-label="Status"
            value={filters.status}
            onChange={(e) => setFilters((f) => ({ ...f, status: e.target.value as InboxFilters['status'] }))}
            data-testid="inbox-status"
          >
            <option value="open">Open</option>
            <option value="resolved">Resolved</option>
            <option value="">All</option>
          </select>
          <select
            aria-label="Assigned"
            value={filters.assigned}
            onChange={(e) => setFilters((f) => ({ ...f, assigned: e.target.value }))}
          >
            <option value="">Anyone</option>
            {me.user && <option value="me">Assigned to me</option>}
            <option value="unassigned">Unassigned</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          <input
            aria-label="Label"
            placeholder="Label"
            value={filters.label}
            onChange={(e) => setFilters((f) => ({ ...f, label: e.target.value }))}
          />
          <label className="inbox-unread-filter">
            <input
              type="checkbox"
              checked={filters.unread}
              onChange={(e) => setFilters((f) => ({ ...f, unread: e.target.checked }))}
            />
            Unread
          </label>
        </form>
        {listError && (
          <p className="form-error" role="alert">
            {listError}
          </p>
        )}
        {loading ? (
          <p role="status">Loading…</p>
        ) : conversations.length === 0 ? (
          <p className="inbox-empty">No conversations match.</p>
        ) : (
          <ul className="inbox-items" data-testid="inbox-conversations">
            {conversations.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  className={c.id === selected ? 'inbox-item selected' : 'inbox-item'}
                  aria-current={c.id === selected ? 'true' : undefined}
                  onClick={() => navigate(`/inbox?c=${encodeURIComponent(c.id)}`)}
                  data-testid="inbox-conversation"
                  data-phone={c.contact.phone ?? ''}
                >
                  <span className="inbox-item-top">
                    <strong>{contactName(c)}</strong>
                    <time dateTime={c.lastMessageAt ?? undefined}>{time(c.lastMessageAt)}</time>
                  </span>
                  <span className="inbox-item-bottom">
                    <span className="inbox-preview">{preview(c)}</span>
                    {c.unreadCount > 0 && (
                      <span className="inbox-unread" aria-label={`${c.unreadCount} unread`} data-testid="inbox-unread">
                        {c.unreadCount}
                      </span>
                    )}
                  </span>
                  <span className="inbox-tags">
                    {c.status === 'resolved' && <span className="tag">Resolved</span>}
                    {c.humanTakeover && <span className="tag tag-human">Human</span>}
                    {c.assignee && <span className="tag">{c.assignee.name ?? 'Assigned'}</span>}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {cursor && (
          <button type="button" className="button button-secondary" onClick={loadMore}>
            Load more
          </button>
        )}
      </section>
      <section className="inbox-thread" aria-label="Conversation">
        {selected ? (
          <ThreadView
            key={selected}
            id={selected}
            canAct={canAct}
            members={members}
            register={registerThread}
            onChanged={onThreadChanged}
          />
        ) : (
          <p className="inbox-empty">Choose a conversation.</p>
        )}
      </section>
    </div>
  );
}

interface ThreadViewProps {
  id: string;
  canAct: boolean;
  members: Member[];
  register: (reload: (conversationId: string | null) => void) => void;
  onChanged: () => void;
}

function ThreadView({ id, canAct, members, register, onChanged }: ThreadViewProps) {
  const [thread, setThread] = useState<Thread | null>(null);
  const [older, setOlder] = useState<ThreadMessage[]>([]);
  const [olderCursor, setOlderCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const end = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    inboxApi.thread(id).then(
      (t) => {
        setThread(t);
        setOlderCursor((c) => c ?? t.meta.cursor);
        setError(null);
        // Opening the thread read the contact's messages: the list's unread badge goes.
        onChanged();
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [id, onChanged]);

  useEffect(() => {
    load();
    register((conversationId) => {
      if (conversationId === null || conversationId === id) load();
    });
  }, [id, load, register]);

  useEffect(() => {
    end.current?.scrollIntoView({ block: 'end' });
  }, [thread?.messages.length]);

  async function act(action: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      load();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  function send(event: FormEvent) {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    void act(async () => {
      const sent = await inboxApi.reply(id, body);
      setText('');
      if (sent.status === 'failed') setError(`Not delivered: ${sent.error ?? 'the provider refused the message'}`);
    });
  }

  function showOlder() {
    if (!olderCursor) return;
    inboxApi.thread(id, olderCursor).then(
      (t) => {
        setOlder((current) => [...t.messages, ...current]);
        setOlderCursor(t.meta.cursor);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }

  if (!thread) {
    return error ? (
      <p className="form-error" role="alert">
        {error}
      </p>
    ) : (
      <p role="status">Loading…</p>
    );
  }
  const c = thread.conversation;
  const shown = new Set(thread.messages.map((m) => m.id));
  const messages = [...older.filter((m) => !shown.has(m.id)), ...thread.messages];

  return (
    <div className="thread" data-testid="inbox-thread">
      <header className="thread-head">
        <div>
          <h2>{contactName(c)}</h2>
          {c.contact.name && c.contact.phone && <span className="thread-phone">{c.contact.phone}</span>}
        </div>
        {canAct && (
          <div className="thread-actions">
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={c.humanTakeover}
              disabled={busy}
              onClick={() => void act(() => (c.humanTakeover ? inboxApi.handBack(id) : inboxApi.takeOver(id)))}
              data-testid="inbox-takeover"
            >
              {c.humanTakeover ? 'Hand back to the bot' : 'Take over'}
            </button>
            <select
              aria-label="Assignee"
              value={c.assignee?.id ?? ''}
              disabled={busy}
              onChange={(e) =>
                void act(() => (e.target.value ? inboxApi.assign(id, e.target.value) : inboxApi.unassign(id)))
              }
              data-testid="inbox-assignee"
            >
              <option value="">Unassigned</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
            {c.status === 'open' ? (
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => void act(() => inboxApi.resolve(id))}
                data-testid="inbox-resolve"
              >
                Resolve
              </button>
            ) : (
              <button
                type="button"
                className="button button-secondary"
                disabled={busy}
                onClick={() => void act(() => inboxApi.reopen(id))}
                data-testid="inbox-reopen"
              >
                Reopen
              </button>
            )}
          </div>
        )}
      </header>
      <p className="thread-status" data-testid="inbox-thread-status">
        {c.status === 'resolved' ? 'Resolved' : 'Open'}
        {c.humanTakeover ? ' · an agent has taken over: the bot is silent' : ' · the bot answers'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="thread-messages" data-testid="inbox-messages">
        {olderCursor && (
          <button type="button" className="button button-secondary" onClick={showOlder}>
            Show older messages
          </button>
        )}
        {messages.map((m) => (
          <div key={m.id} className={`bubble ${m.direction}`} data-sender={m.senderType} data-testid="inbox-message">
            {m.media && <MediaAttachment media={m.media} />}
            {m.body && <span className="bubble-body">{m.body}</span>}
            {!m.body && !m.media && <span className="bubble-body muted">[{m.type}]</span>}
            <span className="bubble-meta">
              {m.senderType !== 'contact' && `${m.senderType} · `}
              {time(m.createdAt)}
              {m.direction === 'outbound' && ` · ${m.status}`}
              {m.error && ` · ${m.error}`}
            </span>
          </div>
        ))}
        <div ref={end} />
      </div>
      {canAct && (
        <form className="thread-reply" onSubmit={send}>
          <textarea
            aria-label="Reply"
            placeholder="Write a reply…"
            value={text}
            maxLength={4096}
            onChange={(e) => setText(e.target.value)}
            data-testid="inbox-reply"
          />
          <button type="submit" className="button" disabled={busy || !text.trim()} data-testid="inbox-send">
            Send
          </button>
        </form>
      )}
    </div>
  );
}
