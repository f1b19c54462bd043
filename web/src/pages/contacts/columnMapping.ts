// The import wizard's column mapping: a first guess from the header, the checks the server would make (so the
// user hears of them next to the column), and the key=Column pairs the import API reads.

export type TargetKind = 'phone' | 'name' | 'language' | 'labels' | 'custom' | 'skip';

export interface ColumnTarget {
  kind: TargetKind;
  /** The custom field's name, when kind is custom. */
  field: string;
}

export const TARGETS: { kind: TargetKind; label: string }[] = [
  { kind: 'phone', label: 'Phone number' },
  { kind: 'name', label: 'Name' },
  { kind: 'language', label: 'Language' },
  { kind: 'labels', label: 'Labels' },
  { kind: 'custom', label: 'Custom field' },
  { kind: 'skip', label: 'Leave out' },
];

const GUESSES: [TargetKind, RegExp][] = [
  ['phone', /^(phone|phone ?number|mobile|mobile ?number|msisdn|tel|telephone|whatsapp|cell|number)$/i],
  ['name', /^(name|full ?name|contact ?name|customer)$/i],
  ['language', /^(language|lang|locale)$/i],
  ['labels', /^(labels?|tags?|groups?)$/i],
];

/** As the server accepts custom field names. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** "Ticket type" -> "ticket_type"; a name that cannot start with a letter gets one. */
export function fieldNameOf(column: string): string {
  const slug = column
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (!slug) return '';
  return /^[a-z]/.test(slug) ? slug : `f_${slug}`.slice(0, 40);
}

/** Each well-known header to its part, each part at most once; the other columns to custom fields. */
export function guessTargets(header: string[]): ColumnTarget[] {
  const taken = new Set<TargetKind>();
  return header.map((column) => {
    const match = GUESSES.find(([kind, pattern]) => !taken.has(kind) && pattern.test(column.trim()));
    if (match) {
      taken.add(match[0]);
      return { kind: match[0], field: '' };
    }
    const field = fieldNameOf(column);
    return field ? { kind: 'custom', field } : { kind: 'skip', field: '' };
  });
}

/** The server reads these parts from a column of the same name unless another column is chosen for them. */
const READ_BY_NAME: TargetKind[] = ['name', 'language', 'labels'];

export function checkMapping(header: string[], targets: ColumnTarget[]): { form: string | null; columns: Record<number, string> } {
  const columns: Record<number, string> = {};
  const seen = new Map<string, number>();
  header.forEach((column, index) => {
    const target = targets[index];
    if (target.kind === 'skip') return;
    if (!column) {
      columns[index] = 'This column has no name in the header row, so it can only be left out.';
      return;
    }
    if (column.includes(',')) {
      columns[index] = 'The column’s name holds a comma, which a mapping cannot name: rename it in the file, or leave it out.';
      return;
    }
    if (target.kind === 'custom' && !FIELD_NAME.test(target.field.trim())) {
      columns[index] = 'Custom field names start with a letter and hold up to 40 letters, digits or _.';
      return;
    }
    const key = target.kind === 'custom' ? `custom.${target.field.trim()}` : target.kind;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const what = target.kind === 'custom' ? `the custom field ${target.field.trim()}` : TARGETS.find((t) => t.kind === target.kind)?.label.toLowerCase();
      columns[index] = `Column ${header[earlier]} is already imported as ${what}.`;
      return;
    }
    seen.set(key, index);
  });
  header.forEach((column, index) => {
    const kind = READ_BY_NAME.find((part) => part === column.trim().toLowerCase());
    if (kind && targets[index].kind !== kind && !seen.has(kind) && !columns[index]) {
      columns[index] = `A column called ${column} is read as the ${kind} unless another column is chosen for it.`;
    }
  });
  const form = seen.has('phone') ? null : 'Choose the column that holds the phone number.';
  return { form, columns };
}

export function buildMapping(header: string[], targets: ColumnTarget[]): string {
  return header
    .map((column, index) => {
      const target = targets[index];
      if (target.kind === 'skip') return null;
      const key = target.kind === 'custom' ? `custom.${target.field.trim()}` : target.kind;
      return `${key}=${column}`;
    })
    .filter((pair): pair is string => pair !== null)
    .join(',');
}
