import { useState } from 'react';
import { FormError, TextField, useFormSubmission, validate } from '../../forms';
import { contactsApi, type Contact } from '../../messaging';
import { splitLabels } from './ContactDrawer';

const FIELDS = ['phone', 'name', 'language', 'labels', 'optInSource'] as const;

export function CreateContactForm({ onCreated, onCancel }: { onCreated(contact: Contact): void; onCancel(): void }) {
  const form = useFormSubmission(FIELDS);
  const { fieldErrors, formError, busy } = form;
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [language, setLanguage] = useState('');
  const [labels, setLabels] = useState('');
  const [optInSource, setOptInSource] = useState('');

  const submit = form.onSubmit(
    () => ({ phone: validate.required(phone, 'a phone number') }),
    async () => {
      const created = await contactsApi.create({
        phone: phone.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        ...(language.trim() ? { language: language.trim() } : {}),
        ...(labels.trim() ? { labels: splitLabels(labels) } : {}),
        ...(optInSource.trim() ? { optInSource: optInSource.trim() } : {}),
      });
      onCreated(created);
    },
  );

  return (
    <section className="card" aria-labelledby="create-contact-title">
      <h2 id="create-contact-title">Add a contact</h2>
      <form ref={form.formRef} onSubmit={submit} noValidate className="form-grid" data-testid="create-contact-form">
        <FormError message={formError} />
        <TextField
          id="new-contact-phone"
          label="Phone number"
          type="tel"
          autoComplete="off"
          value={phone}
          onValue={setPhone}
          error={fieldErrors.phone}
          hint="With country code (+254712345678), or as written locally in your default region."
        />
        <TextField id="new-contact-name" label="Name" autoComplete="off" value={name} onValue={setName} error={fieldErrors.name} optional />
        <TextField id="new-contact-language" label="Language" value={language} onValue={setLanguage} error={fieldErrors.language} optional hint="e.g. en or sw" />
        <TextField id="new-contact-labels" label="Labels" value={labels} onValue={setLabels} error={fieldErrors.labels} optional hint="Separated by commas." />
        <TextField
          id="new-contact-opt-in"
          label="Opted in at"
          value={optInSource}
          onValue={setOptInSource}
          error={fieldErrors.optInSource}
          optional
          hint="Where they agreed to be messaged, e.g. “website form”; leave empty if they have not."
        />
        <div className="form-actions button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add contact'}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
