import type { Contact } from '../../messaging';

/** How a contact is named in lists and headings: their name, else their number. */
export function contactTitle(contact: Contact): string {
  return contact.name || contact.phone || contact.waUserId || 'Unnamed contact';
}

export function ContactStatus({ contact }: { contact: Contact }) {
  return (
    <span className="badge-list" data-testid="contact-status">
      {contact.optedOut ? (
        <span className="badge badge-failed">Opted out</span>
      ) : contact.optedInAt ? (
        <span className="badge badge-active">Opted in</span>
      ) : (
        <span className="badge">No opt-in</span>
      )}
      {contact.blocked && <span className="badge badge-cancelled">Blocked</span>}
    </span>
  );
}
