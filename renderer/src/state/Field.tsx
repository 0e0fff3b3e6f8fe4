import { useId, useState } from 'react';
import type { z } from 'zod';
import { draftMark } from './fieldFocus';

/**
 * A text field checked against a zod schema on every keystroke. An invalid value stays in the
 * field with the schema's message, and is never written to the design (nor silently dropped);
 * a valid one is committed on Enter or blur as one undoable edit.
 */
export function Field<T>({
  label,
  value,
  schema,
  parse = (text) => text,
  format = (v) => (v === undefined || v === null ? '' : String(v)),
  onCommit,
  warn,
  placeholder,
  testId,
  commitUnchanged = false,
}: {
  label: string;
  value: T;
  schema: z.ZodType<T>;
  /** Text to the value the schema checks (numbers, optional fields). */
  parse?: (text: string) => unknown;
  format?: (value: T) => string;
  onCommit(value: T): void;
  /** A rule-level warning for a value the model accepts (e.g. an RFC 1035 hostname check). */
  warn?: (value: T) => string | null;
  placeholder?: string;
  testId?: string;
  /**
   * Enter commits the value shown even when it is unchanged: for a field whose value can be a
   * stand-in, where pressing Enter on it means "confirmed" (a cable's default length).
   */
  commitUnchanged?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? format(value);
  const result = schema.safeParse(parse(shown));
  const error = result.success ? null : (result.error.issues[0]?.message ?? 'invalid value');
  const warning = result.success && warn ? warn(result.data) : null;
  const commit = (confirmed = false) => {
    const confirming = confirmed && commitUnchanged;
    if (text === null && !confirming) return;
    if (result.success) {
      if (confirming || format(result.data) !== format(value)) onCommit(result.data);
      setText(null);
    }
  };
  return (
    <div className="cw-prop">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={shown}
        placeholder={placeholder}
        aria-invalid={error !== null}
        data-testid={testId}
        {...draftMark(text !== null && text !== format(value))}
        className={error ? 'cw-invalid' : warning ? 'cw-warned' : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(true);
          if (e.key === 'Escape') setText(null);
        }}
      />
      {error ? <span className="cw-prop-error">{error}</span> : null}
      {warning ? <span className="cw-prop-warning">{warning}</span> : null}
    </div>
  );
}

/** Numbers from text: empty is undefined (for optional fields), anything else must be numeric. */
export const numberOrUndefined = (text: string): unknown =>
  text.trim() === '' ? undefined : Number.isNaN(Number(text)) ? text : Number(text);

export function Select<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: {
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange(value: T): void;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="cw-prop">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
