import {
  useRef,
  useState,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type RefObject,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { ApiError } from './api';

export type FieldErrors = Record<string, string>;

interface FieldShellProps {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  children: (describedBy: string | undefined) => ReactNode;
}

function FieldShell({ id, label, error, hint, optional, children }: FieldShellProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="field-optional"> (optional)</span>}
      </label>
      {children(describedBy)}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" data-testid={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
};

export function TextField({ id, label, value, onValue, error, hint, optional, ...input }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} optional={optional}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={optional ? undefined : true}
          {...input}
        />
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
};

export function TextAreaField({ id, label, value, onValue, error, hint, optional, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} optional={optional}>
      {(describedBy) => (
        <textarea
          id={id}
          name={id}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          aria-required={optional ? undefined : true}
          {...textarea}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'onChange' | 'value'> & {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
};

export function SelectField({ id, label, value, onValue, error, hint, children, ...select }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint}>
      {(describedBy) => (
        <select
          id={id}
          name={id}
          value={value}
          onChange={(event) => onValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...select}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="alert alert-error" role="alert" data-testid="form-error">
      {message}
    </div>
  );
}

/** The part of a field path the form knows, e.g. "register.request.email" -> "email". */
export function fieldKey(field: string): string {
  const parts = field.split('.');
  return (parts[parts.length - 1] ?? field).replace(/\[\d+\]$/, '');
}

/**
 * Splits a failed call into messages next to known fields and one message for
 * the form. The form message is the problem's detail (or title), plus any
 * field errors for fields the form does not show.
 */
export function describeError(
  error: unknown,
  knownFields: readonly string[],
  keyOf: (field: string) => string = fieldKey,
): { form: string | null; fields: FieldErrors } {
  if (!(error instanceof ApiError)) {
    return { form: error instanceof Error ? error.message : 'Something went wrong. Please try again.', fields: {} };
  }
  const fields: FieldErrors = {};
  const unplaced: string[] = [];
  for (const { field, message } of error.fieldErrors) {
    const key = keyOf(field ?? '');
    if (knownFields.includes(key)) {
      fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
    } else {
      unplaced.push(field ? `${field}: ${message}` : message);
    }
  }
  const form = [error.message, ...unplaced].join(' ');
  return { form, fields };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const validate = {
  required(value: string, what: string): string | undefined {
    return value.trim() ? undefined : `Enter ${what}.`;
  },
  email(value: string): string | undefined {
    if (!value.trim()) return 'Enter an e-mail address.';
    return EMAIL.test(value.trim()) ? undefined : 'Enter a valid e-mail address, like name@example.com.';
  },
  password(value: string, required = true): string | undefined {
    if (!value) return required ? 'Choose a password.' : undefined;
    return value.length >= MIN_PASSWORD_LENGTH ? undefined : `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  },
};

export const MIN_PASSWORD_LENGTH = 10;

/** Drops undefined entries; empty means valid. */
export function collect(errors: Record<string, string | undefined>): FieldErrors {
  const result: FieldErrors = {};
  for (const [key, message] of Object.entries(errors)) if (message) result[key] = message;
  return result;
}

/** Moves keyboard focus to the first invalid field of a form. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  window.setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
}

export interface FormSubmission {
  /** Attach to the <form>, so that focus can move to the first invalid field. */
  formRef: RefObject<HTMLFormElement>;
  fieldErrors: FieldErrors;
  formError: string | null;
  busy: boolean;
  /**
   * An onSubmit handler: runs `check` (field name -> message, undefined when valid), shows its errors and
   * focuses the first invalid field; when all is well, calls `call` with the form busy, and shows a failed
   * call's problem+json field errors next to the fields in `knownFields`, the rest above the form.
   */
  onSubmit(check: () => Record<string, string | undefined>, call: () => Promise<unknown>): (event: FormEvent<HTMLFormElement>) => void;
}

/**
 * The submit sequence every form shares: validate, show errors, stay busy while the call runs, map its problem.
 * `keyOf` turns a problem's field path into a form's field key; by default its last part ("menu.title" -> "title"),
 * a form with lists of fields keeps the indices it needs.
 */
export function useFormSubmission(knownFields: readonly string[], keyOf: (field: string) => string = fieldKey): FormSubmission {
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // State updates are asynchronous: a ref stops a quick second submit from starting a second call.
  const inFlight = useRef(false);

  function onSubmit(check: () => Record<string, string | undefined>, call: () => Promise<unknown>) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      if (inFlight.current) return;
      const errors = collect(check());
      setFieldErrors(errors);
      setFormError(null);
      if (Object.keys(errors).length > 0) {
        focusFirstInvalid(formRef.current);
        return;
      }
      inFlight.current = true;
      setBusy(true);
      void (async () => {
        try {
          await call();
        } catch (error) {
          const described = describeError(error, knownFields, keyOf);
          setFieldErrors(described.fields);
          setFormError(described.form);
          focusFirstInvalid(formRef.current);
        } finally {
          inFlight.current = false;
          setBusy(false);
        }
      })();
    };
  }

  return { formRef, fieldErrors, formError, busy, onSubmit };
}
