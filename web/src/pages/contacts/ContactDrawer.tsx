import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../billing';
import { describeError, FormError, TextField, useFormSubmission } from '../../forms';
import { contactsApi, downloadText, type ConsentEntry, type Contact } from '../../messaging';
import { ContactStatus, contactTitle } from './contactDisplay';
import { CustomFieldsEditor, fromRows, toRows, type CustomFieldRow } from './CustomFieldsEditor';

interface ContactDrawerProps {
  contactId: string;
  canManage: boolean;
  onChanged(contact: Contact): void;
  onErased(): void;
  onClose(): void;
}

function errorMessage(error: unknown): string {
  return describeError(error, []).form ?? 'Something went wrong. Please try again.';
}

/** "vip, nairobi ;  2026" -> ["vip", "nairobi", "2026"]: labels are typed separated by commas or semicolons. */
export function splitLabels(text: string): string[] {
  return Array.from(new Set(text.split(/[,;]/).map((label) => label.trim()).filter(Boolean)));
}

/** One contact beside the list: profile, consent, block, and their data rights (export, erasure). */
export function ContactDrawer({ contactId, canManage, onChanged, onErased, onClose }: ContactDrawerProps) {
  const [contact, setContact] = useState<Contact | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [history, setHistory] = useState<ConsentEntry[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let active = true;
    contactsApi.show(contactId).then(
      (loaded) => active && setContact(loaded),
      (error: unknown) => active && setLoadError(errorMessage(error)),
    );
    return () => {
      active = false;
    };
  }, [contactId]);

  // The consent history comes with the contact's data export, which only managers may read.
  useEffect(() => {
    if (!canManage || !contact) return;
    let active = true;
    contactsApi.data(contactId).then(
      (data) => active && setHistory(data.consentHistory),
      () => active && setHistory(null),
    );
    return () => {
      active = false;
    };
  }, [canManage, contactId, contact]);

  // Focus moves to the drawer once, when the contact has loaded; later changes (a save, a block) leave it put.
  const loaded = contact !== null;
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Escape') onClose();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  function changed(updated: Contact, message: string) {
    setContact(updated);
    onChanged(updated);
    setActionError(null);
    setNotice(message);
  }

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setNotice(null);
    setActionError(null);
    try {
      await action();
    } catch (error) {
      setActionError(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  function toggleBlock() {
    if (!contact) return;
    const blocking = !contact.blocked;
    void run(async () => {
      const updated = await contactsApi.setBlocked(contact.id, blocking);
      changed(updated, blocking ? `${contactTitle(updated)} is blocked: nothing will be sent to them.` : `${contactTitle(updated)} is no longer blocked.`);
    });
  }

  function exportData() {
    if (!contact) return;
    void run(async () => {
      const data = await contactsApi.data(contact.id);
      downloadText(`contact-${contact.id}.json`, JSON.stringify(data, null, 2), 'application/json');
      setNotice('The contact’s data was downloaded.');
    });
  }

  function erase() {
    if (!contact) return;
    const confirmed = window.confirm(
      `Erase everything kept about ${contactTitle(contact)}? Their profile, consent history and messages are removed for good; the audit trail keeps only that an erasure happened.`,
    );
    if (!confirmed) return;
    void run(async () => {
      await contactsApi.erase(contact.id);
      onErased();
      onClose();
    });
  }

  const title = contact ? contactTitle(contact) : 'Contact';

  return (
    <aside className="drawer" role="dialog" aria-modal="false" aria-labelledby="contact-drawer-title" data-testid="contact-drawer">
      <div className="drawer-header">
        <h2 id="contact-drawer-title" ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close
        </button>
      </div>
      {loadError && (
        <div className="alert alert-error" role="alert" data-testid="contact-load-error">
          {loadError}
        </div>
      )}
      {!contact && !loadError && (
        <div className="loading" role="status">
          Loading contact…
        </div>
      )}
      {contact && (
        <>
          <dl className="details">
            <dt>Phone</dt>
            <dd data-testid="contact-phone">{contact.phone ?? '—'}</dd>
            {contact.waUserId && (
              <>
                <dt>WhatsApp user id</dt>
                <dd>{contact.waUserId}</dd>
              </>
            )}
            <dt>Status</dt>
            <dd>
              <ContactStatus contact={contact} />
            </dd>
            <dt>Last message from them</dt>
            <dd>{formatDateTime(contact.lastInboundAt)}</dd>
            <dt>Added</dt>
            <dd>{formatDateTime(contact.createdAt)}</dd>
          </dl>

          <div aria-live="polite" role="status" className="sr-status">
            {notice && (
              <p className="alert alert-success" data-testid="contact-notice">
                {notice}
              </p>
            )}
          </div>
          {actionError && (
            <div className="alert alert-error" role="alert" data-testid="contact-error">
              {actionError}
            </div>
          )}

          {canManage ? (
            <ProfileForm contact={contact} onSaved={(updated) => changed(updated, 'The profile was saved.')} />
          ) : (
            <ProfileView contact={contact} />
          )}

          <section className="drawer-section" aria-labelledby="consent-title">
            <h3 id="consent-title">Consent</h3>
            <p data-testid="consent-summary">{consentSummary(contact)}</p>
            {canManage && <ConsentForm contact={contact} onChanged={changed} />}
            {history && history.length > 0 && (
              <ol className="history" aria-label="Consent history" data-testid="consent-history">
                {history.map((entry, index) => (
                  <li key={`${entry.at}-${index}`}>
                    {entry.change === 'opted_out' ? 'Opted out' : 'Opted in'} · {entry.source} · {formatDateTime(entry.at)}
                  </li>
                ))}
              </ol>
            )}
          </section>

          {canManage && (
            <section className="drawer-section" aria-labelledby="safety-title">
              <h3 id="safety-title">Blocking and personal data</h3>
              <p className="muted">
                A blocked contact is sent nothing. A data export answers their request to see what you keep; an erasure
                their request to be forgotten.
              </p>
              <div className="button-row">
                <button type="button" className="button button-secondary" onClick={toggleBlock} disabled={busy}>
                  {contact.blocked ? 'Unblock' : 'Block'}
                </button>
                <button type="button" className="button button-secondary" onClick={exportData} disabled={busy}>
                  Export data
                </button>
                <button type="button" className="button button-danger" onClick={erase} disabled={busy}>
                  Erase personal data
                </button>
              </div>
            </section>
          )}
        </>
      )}
    </aside>
  );
}

function consentSummary(contact: Contact): string {
  if (contact.optedOut) return `Opted out ${formatDateTime(contact.optedOutAt)}: they receive no marketing messages.`;
  if (contact.optedInAt) return `Opted in ${formatDateTime(contact.optedInAt)}${contact.optInSource ? ` (${contact.optInSource})` : ''}.`;
  return 'No opt-in recorded yet.';
}

function ProfileView({ contact }: { contact: Contact }) {
  const fields = Object.entries(contact.customFields);
  return (
    <section className="drawer-section" aria-labelledby="profile-title">
      <h3 id="profile-title">Profile</h3>
      <dl className="details">
        <dt>Language</dt>
        <dd>{contact.language ?? '—'}</dd>
        <dt>Labels</dt>
        <dd>{contact.labels.length ? contact.labels.join(', ') : '—'}</dd>
        {fields.map(([key, value]) => (
          <div key={key} className="details-row">
            <dt>{key}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <dt>Notes</dt>
        <dd className="pre-line">{contact.notes ?? '—'}</dd>
      </dl>
    </section>
  );
}

const PROFILE_FIELDS = ['name', 'language', 'labels', 'customFields', 'notes'] as const;

function ProfileForm({ contact, onSaved }: { contact: Contact; onSaved(contact: Contact): void }) {
  const form = useFormSubmission(PROFILE_FIELDS);
  const { fieldErrors, formError, busy } = form;
  const [name, setName] = useState(contact.name ?? '');
  const [language, setLanguage] = useState(contact.language ?? '');
  const [labels, setLabels] = useState(contact.labels.join(', '));
  const [notes, setNotes] = useState(contact.notes ?? '');
  const [fields, setFields] = useState<CustomFieldRow[]>(() => toRows(contact.customFields));

  const submit = form.onSubmit(
    () => ({
      customFields: fields.some((row) => row.value.trim() && !row.key.trim()) ? 'Give every custom field a name.' : undefined,
    }),
    async () => {
      const updated = await contactsApi.update(contact.id, {
        name: name.trim(),
        language: language.trim(),
        labels: splitLabels(labels),
        customFields: fromRows(fields),
        notes: notes.trim(),
      });
      setLabels(updated.labels.join(', '));
      setFields(toRows(updated.customFields));
      onSaved(updated);
    },
  );

  return (
    <section className="drawer-section" aria-labelledby="profile-title">
      <h3 id="profile-title">Profile</h3>
      <form ref={form.formRef} onSubmit={submit} noValidate className="form-stack" data-testid="profile-form">
        <FormError message={formError} />
        <TextField id="contact-name" label="Name" value={name} onValue={setName} error={fieldErrors.name} optional autoComplete="off" />
        <TextField
          id="contact-language"
          label="Language"
          value={language}
          onValue={setLanguage}
          error={fieldErrors.language}
          optional
          hint="A language code such as en, sw or en_US."
        />
        <TextField
          id="contact-labels"
          label="Labels"
          value={labels}
          onValue={setLabels}
          error={fieldErrors.labels}
          optional
          hint="Separated by commas."
        />
        <CustomFieldsEditor rows={fields} onRows={setFields} error={fieldErrors.customFields} />
        <div className={fieldErrors.notes ? 'field field-invalid' : 'field'}>
          <label htmlFor="contact-notes">
            Notes<span className="field-optional"> (optional)</span>
          </label>
          <textarea
            id="contact-notes"
            rows={3}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
            aria-invalid={fieldErrors.notes ? true : undefined}
            aria-describedby={fieldErrors.notes ? 'contact-notes-error' : undefined}
          />
          {fieldErrors.notes && (
            <p id="contact-notes-error" className="field-error">
              {fieldErrors.notes}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save profile'}
          </button>
        </div>
      </form>
    </section>
  );
}

const CONSENT_FIELDS = ['source'] as const;

/** Opt-in and opt-out with where it happened; a contact with neither recorded may be given either. */
function ConsentForm({ contact, onChanged }: { contact: Contact; onChanged(contact: Contact, message: string): void }) {
  const form = useFormSubmission(CONSENT_FIELDS);
  const { fieldErrors, formError, busy } = form;
  const [source, setSource] = useState('');
  // Which of the two submit buttons was pressed; a ref, because the submit event does not say.
  const optOut = useRef(!contact.optedOut);
  const offersOptIn = contact.optedOut || !contact.optedInAt;
  const offersOptOut = !contact.optedOut;

  const submit = form.onSubmit(
    () => ({ source: source.trim() ? undefined : 'Say where consent was given or withdrawn, e.g. “phone call”.' }),
    async () => {
      const optingOut = optOut.current;
      const updated = await contactsApi.changeConsent(contact.id, optingOut, source.trim());
      setSource('');
      onChanged(updated, optingOut ? `${contactTitle(updated)} is opted out.` : `${contactTitle(updated)} is opted in.`);
    },
  );

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate className="form-stack" data-testid="consent-form">
      <FormError message={formError} />
      <TextField
        id="consent-source"
        label="Consent source"
        value={source}
        onValue={setSource}
        error={fieldErrors.source}
        hint="Where they gave or withdrew consent, kept in the history: e.g. “event desk form” or “phone call”."
      />
      <div className="form-actions button-row">
        {offersOptIn && (
          <button type="submit" className="button button-primary" disabled={busy} onClick={() => (optOut.current = false)}>
            Record opt-in
          </button>
        )}
        {offersOptOut && (
          <button type="submit" className="button button-secondary" disabled={busy} onClick={() => (optOut.current = true)}>
            Record opt-out
          </button>
        )}
      </div>
    </form>
  );
}
