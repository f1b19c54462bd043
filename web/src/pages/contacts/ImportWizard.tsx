import { useId, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api';
import { describeError, FormError } from '../../forms';
import { contactsApi, downloadText, type DuplicatePolicy, type ImportReport } from '../../messaging';
import { previewFile, toCsv, type SheetPreview } from './csv';
import { buildMapping, checkMapping, guessTargets, TARGETS, type ColumnTarget } from './columnMapping';

/** The server's request size limit; bigger files go through the command line, which streams them. */
const MAX_BYTES = 1024 * 1024;
const PREVIEW_ROWS = 5;

type Step =
  | { name: 'file' }
  | { name: 'mapping' }
  | { name: 'options' }
  | { name: 'running'; uploaded: number }
  | { name: 'done'; report: ImportReport }
  | { name: 'rejected'; reasons: string[] };

const STEPS = [
  { key: 'file', title: 'Choose a file' },
  { key: 'mapping', title: 'Map columns' },
  { key: 'options', title: 'Duplicates' },
  { key: 'result', title: 'Import' },
] as const;

function stepIndex(step: Step): number {
  switch (step.name) {
    case 'file':
      return 0;
    case 'mapping':
      return 1;
    case 'options':
      return 2;
    default:
      return 3;
  }
}

interface ImportWizardProps {
  onImported(): void;
  onClose(): void;
}

/**
 * Choose a CSV file, check its first rows, say which column holds what, choose what happens to numbers that are
 * already contacts, then import with progress and a per-row error report. The server checks the whole file
 * again: a fatal problem (encoding, broken quoting) rejects it with nothing written.
 */
export function ImportWizard({ onImported, onClose }: ImportWizardProps) {
  const [step, setStep] = useState<Step>({ name: 'file' });
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [targets, setTargets] = useState<ColumnTarget[]>([]);
  const [mappingErrors, setMappingErrors] = useState<Record<number, string>>({});
  const [mappingError, setMappingError] = useState<string | null>(null);
  const [onDuplicate, setOnDuplicate] = useState<DuplicatePolicy>('update');
  const [region, setRegion] = useState('');
  const [runError, setRunError] = useState<string | null>(null);
  const fileInputId = useId();

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFileError(null);
    setPreview(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size === 0) {
      setFileError('The file is empty. Choose a CSV file with a header row and one contact per row.');
      return;
    }
    if (chosen.size > MAX_BYTES) {
      setFileError('The dashboard imports files of up to 1 MB. Split the file, or import it with the command line: chatnation contacts import.');
      return;
    }
    const read = await previewFile(chosen, PREVIEW_ROWS);
    if (read.header.length === 0) {
      setFileError('The file has no header row. The first row must name the columns, e.g. phone,name.');
      return;
    }
    if (read.brokenQuoting) {
      setFileError('The file’s quoting is broken near the start: a quote appears inside a cell that does not start with one. Fix the file and choose it again.');
      return;
    }
    setFile(chosen);
    setPreview(read);
    setTargets(guessTargets(read.header));
    setMappingErrors({});
    setMappingError(null);
  }

  function continueToOptions() {
    if (!preview) return;
    const problems = checkMapping(preview.header, targets);
    setMappingErrors(problems.columns);
    setMappingError(problems.form);
    if (!problems.form && Object.keys(problems.columns).length === 0) setStep({ name: 'options' });
  }

  async function run() {
    if (!file || !preview) return;
    setRunError(null);
    setStep({ name: 'running', uploaded: 0 });
    try {
      const report = await contactsApi.importCsv(
        file,
        { mapping: buildMapping(preview.header, targets), onDuplicate, region: region.trim().toUpperCase() },
        (fraction) => setStep((current) => (current.name === 'running' ? { name: 'running', uploaded: fraction } : current)),
      );
      setStep({ name: 'done', report });
      onImported();
    } catch (error) {
      const fileErrors = error instanceof ApiError ? error.fieldErrors.filter((item) => item.field === 'file') : [];
      if (fileErrors.length > 0) {
        setStep({ name: 'rejected', reasons: fileErrors.map((item) => item.message) });
        return;
      }
      setRunError(describeError(error, []).form);
      setStep({ name: 'options' });
    }
  }

  function restart() {
    setStep({ name: 'file' });
    setFile(null);
    setPreview(null);
    setRunError(null);
  }

  const current = stepIndex(step);

  return (
    <section className="card import-wizard" aria-labelledby="import-title" data-testid="import-wizard">
      <div className="card-header">
        <h2 id="import-title">Import contacts</h2>
        <button type="button" className="button button-secondary button-small" onClick={onClose}>
          Close
        </button>
      </div>
      <ol className="steps" aria-label="Import steps">
        {STEPS.map((item, index) => (
          <li key={item.key} className={index === current ? 'step step-current' : index < current ? 'step step-done' : 'step'} aria-current={index === current ? 'step' : undefined}>
            {item.title}
          </li>
        ))}
      </ol>

      {step.name === 'file' && (
        <div className="form-stack">
          <div className={fileError ? 'field field-invalid' : 'field'}>
            <label htmlFor={fileInputId}>CSV file</label>
            <input
              id={fileInputId}
              type="file"
              accept=".csv,text/csv,text/plain"
              onChange={(event) => void chooseFile(event)}
              aria-invalid={fileError ? true : undefined}
              aria-describedby={`${fileInputId}-hint${fileError ? ` ${fileInputId}-error` : ''}`}
            />
            <p id={`${fileInputId}-hint`} className="field-hint">
              UTF-8, comma separated, with a header row; one contact per row. Up to 1 MB.
            </p>
            {fileError && (
              <p id={`${fileInputId}-error`} className="field-error" role="alert" data-testid="import-file-error">
                {fileError}
              </p>
            )}
          </div>
          {file && preview && (
            <>
              <h3>
                First rows of {file.name}
              </h3>
              <PreviewTable preview={preview} />
              <div className="form-actions">
                <button type="button" className="button button-primary" onClick={() => setStep({ name: 'mapping' })}>
                  Next: map columns
                </button>
              </div>
            </>
          )}
        </div>
      )}

      {step.name === 'mapping' && preview && (
        <div className="form-stack">
          <p className="muted">Say what each column holds. The phone number is required; other columns can become custom fields or be left out.</p>
          <FormError message={mappingError} />
          <div className="table-wrap">
            <table className="table" data-testid="column-mapping">
              <caption className="visually-hidden">Column mapping</caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Example</th>
                  <th scope="col">Import as</th>
                </tr>
              </thead>
              <tbody>
                {preview.header.map((column, index) => (
                  <MappingRow
                    key={`${column}-${index}`}
                    index={index}
                    column={column}
                    example={preview.rows.find((row) => row[index])?.[index] ?? ''}
                    target={targets[index]}
                    error={mappingErrors[index]}
                    onTarget={(target) => setTargets(targets.map((existing, at) => (at === index ? target : existing)))}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div className="form-actions button-row">
            <button type="button" className="button button-secondary" onClick={() => setStep({ name: 'file' })}>
              Back
            </button>
            <button type="button" className="button button-primary" onClick={continueToOptions}>
              Next: duplicates
            </button>
          </div>
        </div>
      )}

      {step.name === 'options' && (
        <div className="form-stack">
          <FormError message={runError} />
          <fieldset className="fieldset">
            <legend>When a phone number is already a contact</legend>
            <label className="choice">
              <input type="radio" name="on-duplicate" value="update" checked={onDuplicate === 'update'} onChange={() => setOnDuplicate('update')} />
              Update the contact: name and language replaced, labels and custom fields added
            </label>
            <label className="choice">
              <input type="radio" name="on-duplicate" value="skip" checked={onDuplicate === 'skip'} onChange={() => setOnDuplicate('skip')} />
              Skip the row and leave the contact as it is
            </label>
            <p className="field-hint">A number that appears twice in the file is imported once; the repeat is reported.</p>
          </fieldset>
          <div className="field">
            <label htmlFor="import-region">
              Region of local numbers<span className="field-optional"> (optional)</span>
            </label>
            <input
              id="import-region"
              value={region}
              maxLength={2}
              placeholder="KE"
              onChange={(event) => setRegion(event.target.value)}
              aria-describedby="import-region-hint"
            />
            <p id="import-region-hint" className="field-hint">
              Two-letter country of numbers written without a country code; empty: your organisation’s default region.
            </p>
          </div>
          <div className="form-actions button-row">
            <button type="button" className="button button-secondary" onClick={() => setStep({ name: 'mapping' })}>
              Back
            </button>
            <button type="button" className="button button-primary" onClick={() => void run()}>
              Import contacts
            </button>
          </div>
        </div>
      )}

      {step.name === 'running' && (
        <div className="import-progress" data-testid="import-progress">
          <label htmlFor="import-progress-bar">{step.uploaded < 1 ? 'Uploading the file…' : 'Importing the rows…'}</label>
          <progress id="import-progress-bar" max={1} value={step.uploaded < 1 ? step.uploaded : undefined} />
        </div>
      )}

      {step.name === 'done' && <ImportResult report={step.report} onAnother={restart} />}

      {step.name === 'rejected' && (
        <div className="form-stack">
          <div className="alert alert-error" role="alert" data-testid="import-rejected">
            <p>
              <strong>Nothing was imported.</strong> The file could not be read as a whole, so no contact was added or changed.
              Fix the file and try again.
            </p>
            <ul>
              {step.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={restart}>
              Choose another file
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function PreviewTable({ preview }: { preview: SheetPreview }) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid="import-preview">
        <caption className="visually-hidden">The file’s first rows</caption>
        <thead>
          <tr>
            {preview.header.map((column, index) => (
              <th key={`${column}-${index}`} scope="col">
                {column || <span className="muted">(no name)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.length === 0 && (
            <tr>
              <td colSpan={preview.header.length} className="muted">
                The file has a header but no rows.
              </td>
            </tr>
          )}
          {preview.rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              {preview.header.map((_, index) => (
                <td key={index}>{row[index] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface MappingRowProps {
  index: number;
  column: string;
  example: string;
  target: ColumnTarget;
  error?: string;
  onTarget(target: ColumnTarget): void;
}

function MappingRow({ index, column, example, target, error, onTarget }: MappingRowProps) {
  const name = column || `column ${index + 1}`;
  const selectId = `map-${index}`;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <tr data-testid="mapping-row" data-column={column}>
      <th scope="row">{name}</th>
      <td className="muted">{example}</td>
      <td>
        <div className="mapping-choice">
          <label className="visually-hidden" htmlFor={selectId}>
            Import {name} as
          </label>
          <select
            id={selectId}
            className="select-compact"
            value={target.kind}
            onChange={(event) => onTarget({ kind: event.target.value as ColumnTarget['kind'], field: target.field })}
            aria-invalid={error ? true : undefined}
            aria-describedby={errorId}
          >
            {TARGETS.map((option) => (
              <option key={option.kind} value={option.kind}>
                {option.label}
              </option>
            ))}
          </select>
          {target.kind === 'custom' && (
            <>
              <label className="visually-hidden" htmlFor={`${selectId}-field`}>
                Custom field name for {name}
              </label>
              <input
                id={`${selectId}-field`}
                value={target.field}
                placeholder="field_name"
                onChange={(event) => onTarget({ kind: 'custom', field: event.target.value })}
                aria-invalid={error ? true : undefined}
                aria-describedby={errorId}
              />
            </>
          )}
        </div>
        {error && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}

function ImportResult({ report, onAnother }: { report: ImportReport; onAnother(): void }) {
  const imported = report.created + report.updated;
  function downloadReport() {
    downloadText(
      'import-errors.csv',
      toCsv(
        ['row', 'column', 'reason'],
        report.errors.map((error) => [error.row, error.column, error.message]),
      ),
      'text/csv;charset=utf-8',
    );
  }
  return (
    <div className="form-stack" data-testid="import-result">
      <div className={report.errors.length ? 'alert alert-warning' : 'alert alert-success'} role="status">
        <p data-testid="import-summary">
          {report.rows} rows read: {report.created} contacts added, {report.updated} updated, {report.skipped} skipped
          {report.errors.length === 1 ? ', 1 row with an error was left out.' : report.errors.length > 1 ? `, ${report.errors.length} rows with errors were left out.` : '.'}
        </p>
        {imported === 0 && report.errors.length > 0 && <p>No contact was added or changed.</p>}
      </div>
      <dl className="stat-grid">
        <div>
          <dt className="stat-label">Added</dt>
          <dd className="stat-value" data-testid="import-created">
            {report.created}
          </dd>
        </div>
        <div>
          <dt className="stat-label">Updated</dt>
          <dd className="stat-value" data-testid="import-updated">
            {report.updated}
          </dd>
        </div>
        <div>
          <dt className="stat-label">Skipped</dt>
          <dd className="stat-value" data-testid="import-skipped">
            {report.skipped}
          </dd>
        </div>
        <div>
          <dt className="stat-label">Errors</dt>
          <dd className="stat-value" data-testid="import-error-count">
            {report.errors.length}
          </dd>
        </div>
      </dl>
      {report.errors.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table" data-testid="import-errors">
              <caption>Rows left out</caption>
              <thead>
                <tr>
                  <th scope="col" className="cell-number">
                    Row
                  </th>
                  <th scope="col">Column</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((error, index) => (
                  <tr key={`${error.row}-${index}`} data-testid="import-error-row" data-row={error.row}>
                    <td className="cell-number">{error.row}</td>
                    <td>{error.column || '—'}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="form-actions button-row">
        {report.errors.length > 0 && (
          <button type="button" className="button button-secondary" onClick={downloadReport}>
            Download error report
          </button>
        )}
        <button type="button" className="button button-primary" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </div>
  );
}
