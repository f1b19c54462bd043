import { MAX_BUTTONS, type SettingsDraft } from './settingsDraft';

/** The list button's text; the server sends the same. */
const LIST_BUTTON = 'Choose';

/**
 * What a contact sees on WhatsApp, as the draft stands: a message nothing else handles gets the organisation's
 * greeting (if it wrote one) and then its menu, or, without a menu, the default reply. Up to three options are reply
 * buttons under the message; more are a list behind one button.
 */
export function MenuPreview({ draft, platformReply }: { draft: SettingsDraft; platformReply: string | null }) {
  const greeting = draft.defaultReply.trim() ? draft.defaultReply : null;
  const menuShown = draft.menuOn && draft.options.length > 0;
  const asButtons = draft.options.length <= MAX_BUTTONS;
  const fallback = greeting ?? platformReply ?? 'The platform’s default reply.';

  return (
    <section className="card preview-card" aria-labelledby="preview-title" data-testid="menu-preview">
      <h2 id="preview-title">Preview</h2>
      <p className="muted">What a contact gets for a message nothing else answers{menuShown ? ', and for MENU' : ''}.</p>
      <div className="wa-chat">
        {(!menuShown || greeting) && (
          <div className="wa-bubble" data-testid="preview-reply">
            {menuShown ? greeting : fallback}
          </div>
        )}
        {menuShown && (
          <div className="wa-interactive" data-testid={asButtons ? 'preview-buttons' : 'preview-list'}>
            <div className="wa-bubble wa-bubble-attached">{draft.menuTitle.trim() || <span className="muted">(menu title)</span>}</div>
            {asButtons ? (
              <ul className="wa-buttons" aria-label="Reply buttons">
                {draft.options.map((option, index) => (
                  <li key={option.key} className="wa-button" data-testid="preview-option">
                    {option.label.trim() || `Option ${index + 1}`}
                  </li>
                ))}
              </ul>
            ) : (
              <>
                <div className="wa-buttons">
                  <span className="wa-button">☰ {LIST_BUTTON}</span>
                </div>
                <p className="wa-caption">Tapping {LIST_BUTTON} opens the list:</p>
                <ol className="wa-list" aria-label="List rows">
                  {draft.options.map((option, index) => (
                    <li key={option.key} className="wa-row" data-testid="preview-option">
                      {option.label.trim() || `Option ${index + 1}`}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </div>
        )}
      </div>
      {menuShown && (
        <p className="field-hint" data-testid="preview-kind">
          {asButtons
            ? `${draft.options.length} reply button${draft.options.length === 1 ? '' : 's'}: WhatsApp shows up to ${MAX_BUTTONS} under the message.`
            : `A list of ${draft.options.length} rows: more than ${MAX_BUTTONS} options do not fit as buttons.`}{' '}
          A contact may also answer with an option’s number or label. On Twilio numbers the options arrive as a numbered text.
        </p>
      )}
    </section>
  );
}
