import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api';
import { useMe } from '../../auth';
import { formatDateTime } from '../../billing';
import { describeError, FormError, SelectField, TextField, useFormSubmission, validate } from '../../forms';
import { canManageChannels, channelsApi, type ChannelAccount } from '../../messaging';
import { reloadChannelAlerts } from '../../channelAlerts';
import { Link, usePageTitle } from '../../router';
import '../../messaging.css';
import { ChannelAlertList } from './ChannelAlertList';
import { ContactSettingsCard } from './ContactSettingsCard';
import { PROVIDERS, providerOf, providerTitle, randomToken, type ChannelProviderForm } from './providers';

function errorMessage(error: unknown): string {
  return describeError(error, []).form ?? 'Something went wrong. Please try again.';
}

export function ChannelsPage() {
  usePageTitle('Channels');
  const me = useMe();
  const allowed = canManageChannels(me);
  const [accounts, setAccounts] = useState<ChannelAccount[]>([]);
  const [loading, setLoading] = useState(true);
  const [listError, setListError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    if (!allowed) return;
    let active = true;
    // The alerts may have changed since the nav loaded them: this screen is where they are acted on.
    void reloadChannelAlerts();
    channelsApi.list().then(
      (page) => {
        if (!active) return;
        setAccounts(page.data);
        setLoading(false);
      },
      (error: unknown) => {
        if (!active) return;
        setForbidden(error instanceof ApiError && error.status === 403);
        setListError(errorMessage(error));
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, [allowed]);

  function connected(account: ChannelAccount) {
    setAccounts((current) => [...current.filter((existing) => existing.id !== account.id), account]);
    setActionError(null);
    const nextStep = providerOf(account.provider)?.nextStep;
    setNotice(`${account.displayNumber} is connected.${nextStep ? ` ${nextStep}` : ''}`);
  }

  async function remove(account: ChannelAccount) {
    const confirmed = window.confirm(
      `Remove ${account.displayNumber}? Its webhook URL stops working at once and nothing more is sent or received on it; its messages stay.`,
    );
    if (!confirmed) return;
    try {
      await channelsApi.remove(account.id);
      setAccounts((current) => current.filter((existing) => existing.id !== account.id));
      setActionError(null);
      setNotice(`${account.displayNumber} was removed.`);
    } catch (error) {
      setNotice(null);
      setActionError(errorMessage(error));
    }
  }

  const header = (
    <div className="page-header">
      <div>
        <p className="eyebrow">{me.organization.name}</p>
        <h1 id="channels-title">Channels</h1>
        <p className="muted">Your WhatsApp numbers, where their providers send messages, and how phone numbers are read.</p>
      </div>
    </div>
  );

  if (!allowed || forbidden) {
    return (
      <section className="page" aria-labelledby="channels-title">
        {header}
        <div className="alert alert-error" role="alert" data-testid="channels-forbidden">
          <strong>You do not have access to channel settings.</strong> Connecting WhatsApp numbers is for organisation
          owners and admins.
        </div>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="channels-title">
      {header}
      <ChannelAlertList />

      <section className="card" aria-labelledby="numbers-title">
        <h2 id="numbers-title">WhatsApp numbers</h2>
        <div aria-live="polite" role="status" className="sr-status">
          {notice && (
            <p className="alert alert-success" data-testid="channels-notice">
              {notice}
            </p>
          )}
        </div>
        {actionError && (
          <div className="alert alert-error" role="alert" data-testid="channels-error">
            {actionError}
          </div>
        )}
        {listError && (
          <div className="alert alert-error" role="alert" data-testid="channels-list-error">
            {listError}
          </div>
        )}
        {loading ? (
          <div className="loading" role="status">
            Loading numbers…
          </div>
        ) : (
          <ul className="channel-list" aria-label="Connected numbers" data-testid="channel-list">
            {accounts.length === 0 && !listError && (
              <li className="muted" data-testid="channels-empty">
                No number is connected yet. Connect one below.
              </li>
            )}
            {accounts.map((account) => (
              <ChannelCard key={account.id} account={account} onRemove={() => void remove(account)} />
            ))}
          </ul>
        )}
      </section>

      <ConnectForm onConnected={connected} />
      <ContactSettingsCard />
    </section>
  );
}

function ChannelCard({ account, onRemove }: { account: ChannelAccount; onRemove(): void }) {
  const provider = providerOf(account.provider);
  const reasonId = `attention-${account.id}`;
  return (
    <li
      className={account.needsAttention ? 'channel channel-attention' : 'channel'}
      data-testid="channel"
      data-channel-id={account.id}
      aria-describedby={account.needsAttention ? reasonId : undefined}
    >
      <div className="channel-header">
        <h3 data-testid="channel-number">{account.displayNumber}</h3>
        <span className="tag">{providerTitle(account.provider)}</span>
        {account.needsAttention && (
          <span className="badge badge-attention" data-testid="channel-needs-attention">
            Needs attention
          </span>
        )}
      </div>
      {account.attention && (
        <div className="alert alert-warning" id={reasonId} data-testid="channel-attention-reason">
          <strong>{account.attention.reason}</strong>{' '}
          <span className="muted">
            (error {account.attention.code}, since {formatDateTime(account.attention.since)})
          </span>
        </div>
      )}
      <dl className="details">
        {account.provider === 'whatsapp_cloud' && (
          <>
            <dt>Phone number ID</dt>
            <dd data-testid="channel-phone-number-id">{account.phoneNumberId}</dd>
          </>
        )}
        {account.wabaId && (
          <>
            <dt>WhatsApp Business Account ID</dt>
            <dd>{account.wabaId}</dd>
          </>
        )}
        <dt>Connected</dt>
        <dd>{formatDateTime(account.createdAt)}</dd>
        {account.provider !== 'sandbox' && (
          <>
            <dt>Secrets</dt>
            <dd className="muted">Stored encrypted; never shown again. Connect the number anew to change them.</dd>
          </>
        )}
      </dl>
      {account.webhookUrl && <WebhookUrl number={account.displayNumber} url={account.webhookUrl} id={`webhook-${account.id}`} hint={provider?.webhookHint} />}
      {account.provider === 'sandbox' && (
        <p className="field-hint">
          A simulated number: nothing reaches WhatsApp.{' '}
          <Link to={`/sandbox?number=${encodeURIComponent(account.id)}`} data-testid="sandbox-phone-link">
            Chat with {account.displayNumber} from the sandbox phone
          </Link>
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button-danger button-small" onClick={onRemove} aria-label={`Remove ${account.displayNumber}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

function WebhookUrl({ number, url, id, hint }: { number: string; url: string; id: string; hint?: string }) {
  const [copied, setCopied] = useState(false);
  const urlRef = useRef<HTMLInputElement>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // No clipboard access (e.g. plain http): select the text so that it can be copied by hand.
      urlRef.current?.select();
    }
  }

  return (
    <>
      <label className="webhook-label" htmlFor={id}>
        Webhook URL for {number}
      </label>
      <div className="copy-row">
        <input id={id} ref={urlRef} readOnly value={url} onFocus={(event) => event.target.select()} data-testid="webhook-url" />
        <button type="button" className="button button-secondary" onClick={() => void copy()} aria-label={`Copy the webhook URL of ${number}`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      {hint && <p className="field-hint">{hint}</p>}
    </>
  );
}

const EMPTY: Record<string, string> = {};

function ConnectForm({ onConnected }: { onConnected(account: ChannelAccount): void }) {
  const [providerCode, setProviderCode] = useState(PROVIDERS[0].code);
  const provider: ChannelProviderForm = PROVIDERS.find((candidate) => candidate.code === providerCode) ?? PROVIDERS[0];
  const form = useFormSubmission(['provider', ...provider.fields.map((field) => field.name)]);
  const { fieldErrors, formError, busy } = form;
  const [values, setValues] = useState<Record<string, string>>(EMPTY);

  function set(name: string, value: string) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  const submit = form.onSubmit(
    () => Object.fromEntries(provider.fields.map((field) => [field.name, validate.required(values[field.name] ?? '', `the ${field.label.toLowerCase()}`)])),
    async () => {
      const body: Record<string, string> = { provider: provider.code };
      for (const field of provider.fields) body[field.name] = (values[field.name] ?? '').trim();
      const account = await channelsApi.connect(body);
      // The secrets leave the page as soon as they are stored.
      setValues(EMPTY);
      onConnected(account);
    },
  );

  return (
    <section className="card" aria-labelledby="connect-title">
      <h2 id="connect-title">Connect a number</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate className="form-grid" data-testid="connect-form" autoComplete="off">
        <FormError message={formError} />
        <SelectField
          id="channel-provider"
          label="Provider"
          value={providerCode}
          onValue={(code) => {
            setProviderCode(code);
            setValues(EMPTY);
          }}
          error={fieldErrors.provider}
          hint={provider.description}
        >
          {PROVIDERS.map((candidate) => (
            <option key={candidate.code} value={candidate.code}>
              {candidate.title}
            </option>
          ))}
        </SelectField>
        {provider.fields.map((field) => (
          <div key={`${provider.code}-${field.name}`} className={field.generate ? 'field-with-action' : undefined}>
            <TextField
              id={`channel-${field.name}`}
              label={field.label}
              type={field.secret ? 'password' : field.type ?? 'text'}
              autoComplete={field.secret ? 'new-password' : 'off'}
              value={values[field.name] ?? ''}
              onValue={(value) => set(field.name, value)}
              error={fieldErrors[field.name]}
              hint={field.hint}
            />
            {field.generate && (
              <GeneratedValue label={field.label} onGenerate={(value) => set(field.name, value)} current={values[field.name] ?? ''} />
            )}
          </div>
        ))}
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Connecting…' : 'Connect number'}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * A generated verify token must be entered at Meta too, so it is shown until the form is sent; a typed one
 * stays hidden like the other secrets.
 */
function GeneratedValue({ label, current, onGenerate }: { label: string; current: string; onGenerate(value: string): void }) {
  const [generated, setGenerated] = useState<string | null>(null);
  return (
    <div className="generated">
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() => {
          const value = randomToken();
          setGenerated(value);
          onGenerate(value);
        }}
      >
        Generate {label.toLowerCase()}
      </button>
      {generated && generated === current && (
        <p className="field-hint">
          Generated: <code data-testid="generated-verify-token">{generated}</code> — copy it for Meta now.
        </p>
      )}
    </div>
  );
}
