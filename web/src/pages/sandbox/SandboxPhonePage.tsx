import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { describeError } from '../../forms';
import { useLocation, usePageTitle } from '../../router';
import { sandboxApi, type ChannelAccount, type Say, type SandboxMessage } from './sandboxApi';
import './sandbox.css';

/** How often the phone asks for new messages: replies come from a worker, a moment after the message is stored. */
const POLL_MS = 1000;

/**
 * A simulated phone chatting with the organisation's sandbox number. Messages take the same path as ones from
 * WhatsApp, so what happens here is what the organisation's contacts will see.
 */
export function SandboxPhonePage() {
  usePageTitle('Sandbox phone');
  const [numbers, setNumbers] = useState<ChannelAccount[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [accountId, setAccountId] = useState('');
  const [phone, setPhone] = useState('+254700000001');

  const wanted = useLocation().search.get('number');
  const loadNumbers = useCallback(() => {
    sandboxApi.channels().then(
      (page) => {
        const sandboxes = page.data.filter((a) => a.provider === 'sandbox');
        setNumbers(sandboxes);
        // The channels screen links each sandbox number here as ?number=<id>.
        const linked = sandboxes.find((a) => a.id === wanted)?.id;
        setAccountId((current) => current || linked || sandboxes[0]?.id || '');
      },
      (error: unknown) => setLoadError(describeError(error, []).form),
    );
  }, [wanted]);
  useEffect(loadNumbers, [loadNumbers]);

  return (
    <section className="sandbox-page">
      <div className="page-header">
        <div>
          <h1>Sandbox phone</h1>
          <p className="muted">
            Try your flows without a WhatsApp provider: write as a contact would, and see the replies your contacts
            would get.
          </p>
        </div>
      </div>
      {loadError && (
        <div className="alert alert-error" role="alert">
          {loadError}
        </div>
      )}
      {numbers === null && !loadError && <p role="status">Loading…</p>}
      {numbers !== null && numbers.length === 0 && <ConnectSandbox onConnected={loadNumbers} />}
      {numbers !== null && numbers.length > 0 && (
        <div className="sandbox-layout">
          <div className="sandbox-settings">
            <label className="field">
              <span>Sandbox number</span>
              <select data-testid="sandbox-number" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
                {numbers.map((n) => (
                  <option key={n.id} value={n.id}>
                    {n.displayNumber}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Phone</span>
              <input data-testid="sandbox-phone" value={phone} onChange={(e) => setPhone(e.target.value)} />
            </label>
          </div>
          {accountId && phone.trim() && <Phone key={`${accountId}|${phone.trim()}`} accountId={accountId} phone={phone.trim()} />}
        </div>
      )}
    </section>
  );
}

function ConnectSandbox({ onConnected }: { onConnected: () => void }) {
  const [number, setNumber] = useState('+254700000000');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    sandboxApi.connectSandbox(number).then(onConnected, (e: unknown) => {
      const described = describeError(e, ['displayNumber']);
      setError(described.fields.displayNumber ?? described.form);
      setBusy(false);
    });
  };

  return (
    <form className="card sandbox-connect" onSubmit={submit} noValidate>
      <p>Your organisation has no sandbox number yet. Choose any number to stand for it:</p>
      <label className="field">
        <span>Sandbox number</span>
        <input data-testid="sandbox-new-number" value={number} onChange={(e) => setNumber(e.target.value)} />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button" disabled={busy} data-testid="sandbox-connect">
        Create sandbox number
      </button>
    </form>
  );
}

function Phone({ accountId, phone }: { accountId: string; phone: string }) {
  const [messages, setMessages] = useState<SandboxMessage[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const threadEnd = useRef<HTMLDivElement>(null);

  const refresh = useCallback(() => {
    sandboxApi.thread(accountId, phone).then(
      (page) => setMessages(page.data),
      (e: unknown) => setError(describeError(e, ['phone']).fields.phone ?? describeError(e, []).form),
    );
  }, [accountId, phone]);

  useEffect(() => {
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  useEffect(() => {
    threadEnd.current?.scrollIntoView?.({ block: 'end' });
  }, [messages.length]);

  const say = (what: Say) => {
    setSending(true);
    setError(null);
    sandboxApi
      .write(accountId, phone, what)
      .then(
        () => {
          if ('text' in what) setText('');
          refresh();
        },
        (e: unknown) => {
          const described = describeError(e, ['from', 'text', 'buttonId', 'listRowId']);
          setError(Object.values(described.fields)[0] ?? described.form);
        },
      )
      .finally(() => setSending(false));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) say({ text });
  };

  return (
    <div className="sandbox-phone" aria-label="Simulated phone">
      <div className="sandbox-phone-bar">{phone}</div>
      <div className="sandbox-thread" data-testid="sandbox-thread" aria-live="polite">
        {messages.length === 0 && <p className="muted sandbox-empty">Say hi to start.</p>}
        {messages.map((m) => (
          <div
            key={m.id}
            className={`sandbox-bubble sandbox-${m.direction}`}
            data-testid="sandbox-message"
            data-direction={m.direction}
            data-status={m.status}
          >
            <p className="sandbox-body">{m.body}</p>
            {m.buttons && (
              <div className="sandbox-choices">
                {m.buttons.map((b) => (
                  <button
                    key={b.id}
                    type="button"
                    className="button button-secondary"
                    data-testid="sandbox-choice"
                    disabled={sending}
                    onClick={() => say({ buttonId: b.id })}
                  >
                    {b.title}
                  </button>
                ))}
              </div>
            )}
            {m.list && (
              <div className="sandbox-choices" aria-label={m.list.button}>
                {m.list.sections.map((s, i) => (
                  <div key={i}>
                    {s.title && <p className="sandbox-section">{s.title}</p>}
                    {s.rows.map((r) => (
                      <button
                        key={r.id}
                        type="button"
                        className="button button-secondary"
                        data-testid="sandbox-choice"
                        disabled={sending}
                        onClick={() => say({ listRowId: r.id })}
                      >
                        {r.title}
                        {r.description && <span className="muted"> — {r.description}</span>}
                      </button>
                    ))}
                  </div>
                ))}
              </div>
            )}
            <span className="sandbox-meta">
              {new Date(m.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
              {m.direction === 'outbound' && ` · ${m.status}`}
            </span>
            {m.error && <span className="field-error">{m.error}</span>}
          </div>
        ))}
        <div ref={threadEnd} />
      </div>
      {error && (
        <p className="field-error" role="alert" data-testid="sandbox-error">
          {error}
        </p>
      )}
      <form className="sandbox-compose" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="sandbox-input">
          Message
        </label>
        <input
          id="sandbox-input"
          data-testid="sandbox-input"
          value={text}
          placeholder="Type a message"
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button" disabled={sending || !text.trim()} data-testid="sandbox-send">
          Send
        </button>
      </form>
    </div>
  );
}
