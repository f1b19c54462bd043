export interface CustomFieldRow {
  /** Stable React key: rows can be removed from the middle. */
  id: number;
  key: string;
  value: string;
}

let nextRowId = 1;

export function toRows(fields: Record<string, string>): CustomFieldRow[] {
  return Object.entries(fields).map(([key, value]) => ({ id: nextRowId++, key, value }));
}

/** Rows with a name become fields; the API replaces the whole set, so a removed row removes the field. */
export function fromRows(rows: CustomFieldRow[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const row of rows) if (row.key.trim()) fields[row.key.trim()] = row.value;
  return fields;
}

interface CustomFieldsEditorProps {
  rows: CustomFieldRow[];
  onRows(rows: CustomFieldRow[]): void;
  error?: string;
}

export function CustomFieldsEditor({ rows, onRows, error }: CustomFieldsEditorProps) {
  function change(id: number, part: 'key' | 'value', text: string) {
    onRows(rows.map((row) => (row.id === id ? { ...row, [part]: text } : row)));
  }

  return (
    <fieldset className={error ? 'fieldset field-invalid' : 'fieldset'} aria-describedby={error ? 'custom-fields-error' : 'custom-fields-hint'}>
      <legend>Custom fields</legend>
      <p id="custom-fields-hint" className="field-hint">
        Names start with a letter and hold letters, digits or _, e.g. city or ticket_type.
      </p>
      {rows.map((row, index) => (
        <div key={row.id} className="custom-field-row" data-testid="custom-field-row">
          <label className="visually-hidden" htmlFor={`custom-key-${row.id}`}>
            Name of custom field {index + 1}
          </label>
          <input id={`custom-key-${row.id}`} value={row.key} placeholder="Name" onChange={(event) => change(row.id, 'key', event.target.value)} />
          <label className="visually-hidden" htmlFor={`custom-value-${row.id}`}>
            Value of {row.key || `custom field ${index + 1}`}
          </label>
          <input id={`custom-value-${row.id}`} value={row.value} placeholder="Value" onChange={(event) => change(row.id, 'value', event.target.value)} />
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onRows(rows.filter((other) => other.id !== row.id))}
            aria-label={`Remove custom field ${row.key || index + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" className="button button-secondary button-small" onClick={() => onRows([...rows, { id: nextRowId++, key: '', value: '' }])}>
        Add custom field
      </button>
      {error && (
        <p id="custom-fields-error" className="field-error" data-testid="customFields-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
