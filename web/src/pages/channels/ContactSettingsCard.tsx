import { useEffect, useState } from 'react';
import { useMe } from '../../auth';
import { describeError, FormError, TextField, useFormSubmission } from '../../forms';
import { canManageContacts, canSeeContacts, contactsApi } from '../../messaging';

const FIELDS = ['defaultRegion', 'region'] as const;

/** The region of numbers written without a country code: 0712 345 678 in KE reads +254712345678. */
export function ContactSettingsCard() {
  const me = useMe();
  const canRead = canSeeContacts(me);
  const canManage = canManageContacts(me);
  const form = useFormSubmission(FIELDS);
  const { fieldErrors, formError, busy } = form;
  const [region, setRegion] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    if (!canRead) return;
    let active = true;
    contactsApi.settings().then(
      (settings) => {
        if (!active) return;
        setRegion(settings.defaultRegion ?? '');
        setLoaded(true);
      },
      (error: unknown) => active && setLoadError(describeError(error, []).form),
    );
    return () => {
      active = false;
    };
  }, [canRead]);

  const submit = form.onSubmit(
    () => {
      setSaved(null);
      return { defaultRegion: /^[A-Za-z]{2}$/.test(region.trim()) ? undefined : 'Enter a two-letter country code such as KE, NG or GB.' };
    },
    async () => {
      const settings = await contactsApi.changeSettings({ defaultRegion: region.trim().toUpperCase() });
      setRegion(settings.defaultRegion ?? '');
      setSaved(settings.defaultRegion);
    },
  );

  if (!canRead) return null;
  // The API names the field defaultRegion in the body and region in the check it shares with imports.
  const regionError = fieldErrors.defaultRegion ?? fieldErrors.region;

  return (
    <section className="card" aria-labelledby="contact-settings-title">
      <h2 id="contact-settings-title">Contact settings</h2>
      {loadError && (
        <div className="alert alert-error" role="alert">
          Could not load the contact settings: {loadError}
        </div>
      )}
      {loaded && !canManage && (
        <p data-testid="default-region">Default region: {region || 'not set'}</p>
      )}
      {loaded && canManage && (
        <form ref={form.formRef} onSubmit={submit} noValidate className="form-grid" data-testid="contact-settings-form">
          <FormError message={formError} />
          <TextField
            id="default-region"
            label="Default region"
            value={region}
            onValue={setRegion}
            maxLength={2}
            error={regionError}
            hint="The country of phone numbers written without a country code, e.g. KE: 0712 345 678 then reads +254712345678."
          />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save settings'}
            </button>
          </div>
          <div aria-live="polite" role="status" className="sr-status">
            {saved && (
              <p className="alert alert-success" data-testid="settings-saved">
                Numbers without a country code are now read as {saved} numbers.
              </p>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
