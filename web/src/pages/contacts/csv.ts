// Just enough CSV for the import wizard: reading the header and the first rows for the preview and the column
// mapping (the server reads the whole file again, with its own checks), and writing the error report.

/** How much of a file the preview reads: plenty for a header and a few rows, cheap for a 100 MB file. */
const PREVIEW_BYTES = 64 * 1024;

export interface SheetPreview {
  header: string[];
  rows: string[][];
  /** True when the file's first part already shows broken quoting; the import would be rejected. */
  brokenQuoting: boolean;
}

/**
 * Splits RFC 4180 text into rows of cells: quoted cells may hold commas, doubled quotes and line breaks.
 * Stops after `maxRows` rows; a trailing row cut off by the preview's byte limit is dropped.
 */
export function parseCsv(text: string, maxRows: number, complete: boolean): { rows: string[][]; brokenQuoting: boolean } {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && rows.length < maxRows) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
    } else if (ch === '"') {
      return { rows, brokenQuoting: true };
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += ch;
    }
    i += 1;
  }
  if (rows.length < maxRows && (cell !== '' || row.length > 0)) {
    if (quoted && complete) return { rows, brokenQuoting: true };
    if (complete) {
      row.push(cell);
      rows.push(row);
    }
  }
  return { rows: rows.filter((cells) => cells.length > 1 || cells[0] !== ''), brokenQuoting: false };
}

export async function previewFile(file: Blob, rows: number): Promise<SheetPreview> {
  const complete = file.size <= PREVIEW_BYTES;
  const text = await file.slice(0, PREVIEW_BYTES).text();
  const parsed = parseCsv(text, rows + 1, complete);
  const [header = [], ...body] = parsed.rows;
  return { header: header.map((name) => name.trim()), rows: body, brokenQuoting: parsed.brokenQuoting };
}

function cell(value: string | number): string {
  const text = String(value);
  // A leading = + - @ would run as a formula when the report is opened in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return [header, ...rows].map((cells) => cells.map(cell).join(',')).join('\r\n') + '\r\n';
}
