import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api';
import { useMe } from '../../auth';
import { formatDateTime } from '../../billing';
import { describeError } from '../../forms';
import { canManageContacts, canSeeContacts, contactsApi, downloadText, type Contact, type ContactFilter } from '../../messaging';
import { navigate, usePageTitle, useLocation } from '../../router';
import '../../messaging.css';
import { ContactDrawer } from './ContactDrawer';
import { CreateContactForm } from './CreateContactForm';
import { ImportWizard } from './ImportWizard';
import { ContactStatus, contactTitle } from './contactDisplay';

const PAGE_SIZE = 25;
/** Typing in the search box asks the server once the typing pauses, not on every key. */
const SEARCH_DELAY_MS = 300;

type Panel = 'none' | 'create' | 'import';

function errorMessage(error: unknown): string {
  return describeError(error, []).form ?? 'Something went wrong. Please try again.';
}

function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

export function ContactsPage() {
  usePageTitle('Contacts');
  const me = useMe();
  const allowed = canSeeContacts(me);
  const canManage = canManageContacts(me);
  const { search: query } = useLocation();
  const openId = query.get('contact');

  const [search, setSearch] = useState('');
  const [label, setLabel] = useState('');
  const [optedOut, setOptedOut] = useState('');
  const [blocked, setBlocked] = useState('');
  const settledSearch = useDebounced(search, SEARCH_DELAY_MS);
  const settledLabel = useDebounced(label, SEARCH_DELAY_MS);

  const [contacts, setContacts] = useState<Contact[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [listError, setListError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [panel, setPanel] = useState<Panel>('none');
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  // Bumped after an import, so that the table starts again from the newest contacts.
  const [refreshKey, setRefreshKey] = useState(0);

  const filter: ContactFilter = { search: settledSearch, label: settledLabel, optedOut, blocked };
  // A new filter object is made on every render; its text form changes only when a filter does.
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    if (!allowed) return;
    let active = true;
    setLoading(true);
    setListError(null);
    contactsApi.list(JSON.parse(filterKey) as ContactFilter, null, PAGE_SIZE).then(
      (page) => {
        if (!active) return;
        setContacts(page.data);
        setCursor(page.meta.cursor);
        setLoading(false);
      },
      (error: unknown) => {
        if (!active) return;
        setContacts([]);
        setCursor(null);
        setForbidden(error instanceof ApiError && error.status === 403);
        setListError(errorMessage(error));
        setLoading(false);
      },
    );
    return () => {
      active = false;
    };
  }, [allowed, filterKey, refreshKey]);

  async function loadMore() {
    if (!cursor) return;
    setLoadingMore(true);
    setListError(null);
    try {
      const page = await contactsApi.list(filter, cursor, PAGE_SIZE);
      setContacts((current) => {
        const seen = new Set(current.map((contact) => contact.id));
        return [...current, ...page.data.filter((contact) => !seen.has(contact.id))];
      });
      setCursor(page.meta.cursor);
    } catch (error) {
      setListError(errorMessage(error));
    } finally {
      setLoadingMore(false);
    }
  }

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    try {
      downloadText('contacts.csv', await contactsApi.exportCsv(), 'text/csv;charset=utf-8');
    } catch (error) {
      setExportError(`Could not export the contacts: ${errorMessage(error)}`);
    } finally {
      setExporting(false);
    }
  }

  const contactChanged = useCallback((contact: Contact) => {
    setContacts((current) => current.map((existing) => (existing.id === contact.id ? contact : existing)));
  }, []);

  const contactErased = useCallback(() => setRefreshKey((key) => key + 1), []);

  function contactCreated(contact: Contact) {
    setContacts((current) => [contact, ...current.filter((existing) => existing.id !== contact.id)]);
    setPanel('none');
    navigate(`/contacts?contact=${encodeURIComponent(contact.id)}`);
  }

  const filtered = Boolean(settledSearch || settledLabel || optedOut || blocked);

  const header = (
    <div className="page-header">
      <div>
        <p className="eyebrow">{me.organization.name}</p>
        <h1 id="contacts-title">Contacts</h1>
        <p className="muted">The people your organisation talks to on WhatsApp, their consent and their details.</p>
      </div>
      {allowed && !forbidden && (
        <div className="button-row">
          {canManage && (
            <>
              <button type="button" className="button button-primary" onClick={() => setPanel(panel === 'create' ? 'none' : 'create')} aria-expanded={panel === 'create'}>
                Add contact
              </button>
              <button type="button" className="button button-secondary" onClick={() => setPanel(panel === 'import' ? 'none' : 'import')} aria-expanded={panel === 'import'}>
                Import contacts
              </button>
            </>
          )}
          <button type="button" className="button button-secondary" onClick={() => void exportCsv()} disabled={exporting}>
            {exporting ? 'Exporting…' : 'Export CSV'}
          </button>
        </div>
      )}
    </div>
  );

  if (!allowed || forbidden) {
    return (
      <section className="page" aria-labelledby="contacts-title">
        {header}
        <div className="alert alert-error" role="alert" data-testid="contacts-forbidden">
          <strong>You do not have access to contacts.</strong> Contacts hold personal data; ask an organisation owner or
          admin if you need to see them.
        </div>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="contacts-title">
      {header}
      {exportError && (
        <div className="alert alert-error" role="alert" data-testid="export-error">
          {exportError}
        </div>
      )}

      {panel === 'create' && <CreateContactForm onCreated={contactCreated} onCancel={() => setPanel('none')} />}
      {panel === 'import' && (
        <ImportWizard
          onImported={() => setRefreshKey((key) => key + 1)}
          onClose={() => setPanel('none')}
        />
      )}

      <section className="card" aria-labelledby="contacts-list-title">
        <h2 id="contacts-list-title" className="visually-hidden">
          Contact list
        </h2>
        <form className="filter-bar" role="search" aria-label="Filter contacts" onSubmit={(event) => event.preventDefault()}>
          <div className="inline-field">
            <label htmlFor="contact-search">Search</label>
            <input id="contact-search" type="search" placeholder="Name or phone" value={search} onChange={(event) => setSearch(event.target.value)} />
          </div>
          <div className="inline-field">
            <label htmlFor="contact-label-filter">Label</label>
            <input id="contact-label-filter" type="search" value={label} onChange={(event) => setLabel(event.target.value)} />
          </div>
          <div className="inline-field">
            <label htmlFor="contact-consent-filter">Consent</label>
            <select id="contact-consent-filter" className="select-compact" value={optedOut} onChange={(event) => setOptedOut(event.target.value)}>
              <option value="">Any consent</option>
              <option value="false">Not opted out</option>
              <option value="true">Opted out</option>
            </select>
          </div>
          <div className="inline-field">
            <label htmlFor="contact-blocked-filter">Blocked</label>
            <select id="contact-blocked-filter" className="select-compact" value={blocked} onChange={(event) => setBlocked(event.target.value)}>
              <option value="">Blocked or not</option>
              <option value="false">Not blocked</option>
              <option value="true">Blocked</option>
            </select>
          </div>
        </form>

        {loading ? (
          <div className="loading" role="status">
            Loading contacts…
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table" data-testid="contacts-table">
              <caption className="visually-hidden">Contacts, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Phone</th>
                  <th scope="col">Labels</th>
                  <th scope="col">Consent</th>
                  <th scope="col">Last message</th>
                  <th scope="col">Added</th>
                </tr>
              </thead>
              <tbody>
                {contacts.length === 0 && !listError && (
                  <tr>
                    <td colSpan={6} className="muted" data-testid="contacts-empty">
                      {filtered ? 'No contacts match these filters.' : 'No contacts yet. Add one, or import a CSV file.'}
                    </td>
                  </tr>
                )}
                {contacts.map((contact) => (
                  <tr key={contact.id} data-testid="contact-row" data-contact-id={contact.id} data-phone={contact.phone ?? ''}>
                    <th scope="row" className="cell-name">
                      <a
                        href={`/contacts?contact=${encodeURIComponent(contact.id)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          navigate(`/contacts?contact=${encodeURIComponent(contact.id)}`);
                        }}
                      >
                        {contactTitle(contact)}
                      </a>
                    </th>
                    <td>{contact.phone ?? '—'}</td>
                    <td>
                      {contact.labels.map((item) => (
                        <span key={item} className="tag">
                          {item}
                        </span>
                      ))}
                    </td>
                    <td>
                      <ContactStatus contact={contact} />
                    </td>
                    <td>{formatDateTime(contact.lastInboundAt)}</td>
                    <td>{formatDateTime(contact.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {listError && (
          <div className="alert alert-error" role="alert" data-testid="contacts-error">
            {listError}
          </div>
        )}
        {cursor && !loading && (
          <div className="table-footer">
            <button type="button" className="button button-secondary" onClick={() => void loadMore()} disabled={loadingMore} data-testid="contacts-load-more">
              {loadingMore ? 'Loading…' : 'Load more'}
            </button>
          </div>
        )}
      </section>

      {openId && (
        <ContactDrawer
          key={openId}
          contactId={openId}
          canManage={canManage}
          onChanged={contactChanged}
          onErased={contactErased}
          onClose={() => navigate('/contacts')}
        />
      )}
    </section>
  );
}
