import type { FieldErrors } from '../../forms';
import { SelectField, TextAreaField, TextField } from '../../forms';
import {
  length,
  labelLimit,
  MAX_MENU_TITLE,
  MAX_OPTIONS,
  newOption,
  optionField,
  type OptionDraft,
  type SettingsDraft,
} from './settingsDraft';

interface MenuEditorProps {
  draft: SettingsDraft;
  onDraft(change: (draft: SettingsDraft) => SettingsDraft): void;
  processKeywords: string[];
  errors: FieldErrors;
  readOnly: boolean;
}

/** The menu's title and its options, each a label and the keyword of the process it starts. */
export function MenuEditor({ draft, onDraft, processKeywords, errors, readOnly }: MenuEditorProps) {
  const limit = labelLimit(draft.options.length);

  function setOption(index: number, change: Partial<OptionDraft>) {
    onDraft((current) => ({
      ...current,
      options: current.options.map((option, at) => (at === index ? { ...option, ...change } : option)),
    }));
  }

  function move(index: number, by: -1 | 1) {
    onDraft((current) => {
      const options = [...current.options];
      const [moved] = options.splice(index, 1);
      options.splice(index + by, 0, moved);
      return { ...current, options };
    });
  }

  return (
    <fieldset className="menu-editor" data-testid="menu-editor">
      <legend>Menu</legend>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.menuOn}
          disabled={readOnly}
          onChange={(event) => {
            const on = event.target.checked;
            onDraft((current) => ({
              ...current,
              menuOn: on,
              options: on && current.options.length === 0 ? [newOption(processKeywords[0] ?? '')] : current.options,
            }));
          }}
        />{' '}
        Offer a menu
      </label>
      <p className="field-hint">
        Sent when a contact writes MENU, and to any message nothing else answers (after the default reply, if you wrote
        one).
      </p>
      {draft.menuOn && processKeywords.length === 0 && (
        <p className="alert alert-warning" data-testid="no-process-keywords">
          No process has a keyword yet, so a menu option has nothing to start.
        </p>
      )}
      {draft.menuOn && (
        <>
          <TextAreaField
            id="menu-title"
            label="Menu title"
            rows={2}
            value={draft.menuTitle}
            onValue={(menuTitle) => onDraft((current) => ({ ...current, menuTitle }))}
            error={errors['menu.title']}
            readOnly={readOnly}
            hint={`The question above the options, e.g. “How can we help you today?” ${length(draft.menuTitle)}/${MAX_MENU_TITLE}`}
          />
          {errors['menu.options'] && (
            <p className="field-error" data-testid="menu-options-error">
              {errors['menu.options']}
            </p>
          )}
          <ol className="menu-options" aria-label="Menu options">
            {draft.options.map((option, index) => (
              <li key={option.key} className="menu-option" data-testid="menu-option">
                <TextField
                  id={`menu-option-${index}-label`}
                  label={`Option ${index + 1} label`}
                  value={option.label}
                  onValue={(label) => setOption(index, { label })}
                  error={errors[optionField(index, 'label')]}
                  readOnly={readOnly}
                  hint={`${length(option.label.trim())}/${limit}`}
                />
                <SelectField
                  id={`menu-option-${index}-keyword`}
                  label={`Option ${index + 1} starts`}
                  value={option.keyword}
                  onValue={(keyword) => setOption(index, { keyword })}
                  error={errors[optionField(index, 'keyword')]}
                  disabled={readOnly}
                >
                  <option value="">Choose a keyword…</option>
                  {/* A saved keyword whose process is gone stays visible, so the server can say what is wrong. */}
                  {option.keyword && !processKeywords.includes(option.keyword) && <option value={option.keyword}>{option.keyword}</option>}
                  {processKeywords.map((keyword) => (
                    <option key={keyword} value={keyword}>
                      {keyword}
                    </option>
                  ))}
                </SelectField>
                {!readOnly && (
                  <div className="menu-option-actions">
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                      aria-label={`Move option ${index + 1} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      disabled={index === draft.options.length - 1}
                      onClick={() => move(index, 1)}
                      aria-label={`Move option ${index + 1} down`}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="button button-danger button-small"
                      onClick={() => onDraft((current) => ({ ...current, options: current.options.filter((_, at) => at !== index) }))}
                      aria-label={`Remove option ${index + 1}`}
                    >
                      Remove
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ol>
          {!readOnly && (
            <button
              type="button"
              className="button button-secondary"
              disabled={draft.options.length >= MAX_OPTIONS}
              onClick={() => onDraft((current) => ({ ...current, options: [...current.options, newOption(processKeywords[0] ?? '')] }))}
            >
              Add an option
            </button>
          )}
          <p className="field-hint">
            Up to {MAX_OPTIONS} options: up to 3 are reply buttons (labels up to 20 characters), more are a list (up to 24).
          </p>
        </>
      )}
    </fieldset>
  );
}
