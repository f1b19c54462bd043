import { useEffect, useState } from 'react';
import { ApiError } from '../../api';
import { useMe } from '../../auth';
import { describeError, FormError, TextAreaField, TextField, useFormSubmission } from '../../forms';
import { canChangeMessagingSettings, canSeeMessagingSettings, messagingSettingsApi, type MessagingSettings } from '../../messaging';
import { usePageTitle } from '../../router';
import '../../messaging.css';
import './messagingSettings.css';
import { MenuEditor } from './MenuEditor';
import { MenuPreview } from './MenuPreview';
import {
  changeOf,
  check,
  draftOf,
  errorKeyOf,
  knownFields,
  length,
  MAX_DEFAULT_REPLY,
  MAX_LOCAL_WORDS,
  type SettingsDraft,
} from './settingsDraft';

/** How the organisation's bot answers on its own: the default reply, the menu, and local opt-out / opt-in words. */
export function MessagingSettingsPage() {
  usePageTitle('Messaging settings');
  const me = useMe();
  const allowed = canSeeMessagingSettings(me);
  const readOnly = !canChangeMessagingSettings(me);
  const [settings, setSettings] = useState<MessagingSettings | null>(null);
  const [draft, setDraft] = useState<SettingsDraft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [forbidden, setForbidden] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!allowed) return;
    let active = true;
    messagingSettingsApi.show().then(
      (loaded) => {
        if (!active) return;
        setSettings(loaded);
        setDraft(draftOf(loaded));
      },
      (error: unknown) => {
        if (!active) return;
        setForbidden(error instanceof ApiError && error.status === 403);
        setLoadError(describeError(error, []).form);
      },
    );
    return () => {
      active = false;
    };
  }, [allowed]);

  const header = (
    <div className="page-header">
      <div>
        <p className="eyebrow">{me.organization.name}</p>
        <h1 id="messaging-settings-title">Messaging settings</h1>
        <p className="muted">How your WhatsApp numbers answer on their own: the default reply, the menu, and consent words.</p>
      </div>
    </div>
  );

  if (!allowed || forbidden) {
    return (
      <section className="page" aria-labelledby="messaging-settings-title">
        {header}
        <div className="alert alert-error" role="alert" data-testid="messaging-settings-forbidden">
          <strong>You do not have access to the messaging settings.</strong> Ask an organisation owner or admin.
        </div>
      </section>
    );
  }

  return (
    <section className="page" aria-labelledby="messaging-settings-title">
      {header}
      {loadError && (
        <div className="alert alert-error" role="alert">
          Could not load the messaging settings: {loadError}
        </div>
      )}
      {!settings && !loadError && (
        <div className="loading" role="status">
          Loading settings…
        </div>
      )}
      {settings && draft && (
        <SettingsForm
          settings={settings}
          draft={draft}
          onDraft={(change) => {
            setSaved(false);
            setDraft((current) => (current ? change(current) : current));
          }}
          readOnly={readOnly}
          saved={saved}
          onSaved={(next) => {
            setSettings(next);
            setDraft(draftOf(next));
            setSaved(true);
          }}
        />
      )}
    </section>
  );
}

interface SettingsFormProps {
  settings: MessagingSettings;
  draft: SettingsDraft;
  onDraft(change: (draft: SettingsDraft) => SettingsDraft): void;
  readOnly: boolean;
  saved: boolean;
  onSaved(settings: MessagingSettings): void;
}

function SettingsForm({ settings, draft, onDraft, readOnly, saved, onSaved }: SettingsFormProps) {
  const form = useFormSubmission(knownFields(draft), errorKeyOf);
  const { fieldErrors, formError, busy } = form;
  // The platform's own text is known only while the organisation has none of its own.
  const platformReply = settings.defaultReply === null ? settings.defaultReplyInEffect : null;

  const submit = form.onSubmit(
    () => check(draft),
    async () => onSaved(await messagingSettingsApi.change(changeOf(draft))),
  );

  return (
    <div className="settings-layout">
      <form ref={form.formRef} onSubmit={submit} noValidate className="card settings-form" data-testid="messaging-settings-form">
        {readOnly && (
          <p className="alert alert-info" data-testid="messaging-settings-read-only">
            You can see these settings; changing them is for organisation owners and admins.
          </p>
        )}
        <FormError message={formError} />
        <TextAreaField
          id="default-reply"
          label="Default reply"
          optional
          rows={4}
          value={draft.defaultReply}
          onValue={(defaultReply) => onDraft((current) => ({ ...current, defaultReply }))}
          error={fieldErrors.defaultReply}
          readOnly={readOnly}
          placeholder={platformReply ?? undefined}
          hint={
            <>
              What a message nothing else answers gets{draft.menuOn ? ', before the menu' : ''}. Empty: the platform’s
              default reply. {length(draft.defaultReply)}/{MAX_DEFAULT_REPLY}
            </>
          }
        />
        <MenuEditor draft={draft} onDraft={onDraft} processKeywords={settings.processKeywords} errors={fieldErrors} readOnly={readOnly} />
        <fieldset className="consent-words">
          <legend>Consent words</legend>
          <TextField
            id="opt-out-words"
            label="Local opt-out words"
            optional
            value={draft.optOutWords}
            onValue={(optOutWords) => onDraft((current) => ({ ...current, optOutWords }))}
            error={fieldErrors.optOutWords}
            readOnly={readOnly}
            hint={`Separated by commas, up to ${MAX_LOCAL_WORDS}, e.g. ACHA. ${settings.builtInOptOutWords.join(', ')} always work.`}
          />
          <TextField
            id="opt-in-words"
            label="Local opt-in words"
            optional
            value={draft.optInWords}
            onValue={(optInWords) => onDraft((current) => ({ ...current, optInWords }))}
            error={fieldErrors.optInWords}
            readOnly={readOnly}
            hint={`Separated by commas, up to ${MAX_LOCAL_WORDS}, e.g. ANZA. ${settings.builtInOptInWords.join(', ')} always work.`}
          />
        </fieldset>
        {!readOnly && (
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        )}
        <div aria-live="polite" role="status" className="sr-status">
          {saved && (
            <p className="alert alert-success" data-testid="messaging-settings-saved">
              Saved. New messages are answered this way from now on.
            </p>
          )}
        </div>
      </form>
      <MenuPreview draft={draft} platformReply={platformReply} />
    </div>
  );
}
