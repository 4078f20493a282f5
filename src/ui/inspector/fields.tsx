/**
 * Inspector fields. Text and number fields keep a draft while the user types and commit on blur
 * or Enter, only when the draft is valid (Escape restores the stored value); selects and
 * checkboxes commit on change. A problem shows under the field, linked to it for screen readers,
 * and says what is wrong and how to fix it.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

/** A validator: the problem with a draft in words, or null when it may be committed. */
export type Validate = (text: string) => string | null;

interface FieldFrameProps {
  id: string;
  label: string;
  /** A shorter text to show; the control then carries `label` as its `aria-label` (e.g. "Destination of route 1"). */
  shortLabel?: string;
  hint?: ReactNode;
  problem: string | null;
  children: ReactNode;
}

/** Label, control, hint and problem of one field. */
export function FieldFrame({ id, label, shortLabel, hint, problem, children }: FieldFrameProps) {
  return (
    <div className={`insp-field${problem ? ' insp-field-invalid' : ''}`}>
      <label className="insp-label" htmlFor={id}>
        {shortLabel ?? label}
      </label>
      {children}
      {problem ? (
        <p id={`${id}-problem`} className="insp-problem" role="alert">
          {problem}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="insp-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(id: string, problem: string | null, hint: ReactNode): string | undefined {
  if (problem) return `${id}-problem`;
  return hint ? `${id}-hint` : undefined;
}

export interface TextFieldProps {
  label: string;
  /** Shown instead of `label`, which stays the accessible name. */
  shortLabel?: string;
  value: string;
  /** Commits a valid draft (called only when the draft differs from `value`). */
  onCommit: (text: string) => void;
  validate?: Validate;
  placeholder?: string;
  hint?: ReactNode;
  multiline?: boolean;
  /** Test id of the input. */
  testId?: string;
}

/** A text field that commits on blur or Enter when its draft is valid. */
export function TextField({ label, shortLabel, value, onCommit, validate, placeholder, hint, multiline, testId }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  // A change from outside (undo, another field) replaces the draft.
  if (seen !== value) {
    setSeen(value);
    setDraft(value);
    setProblem(null);
  }

  const commit = () => {
    if (draft === value) {
      setProblem(null);
      return;
    }
    const found = validate ? validate(draft) : null;
    setProblem(found);
    if (found === null) onCommit(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !(multiline && !event.ctrlKey && !event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      setDraft(value);
      setProblem(null);
    }
  };
  const common = {
    id,
    className: 'insp-input',
    value: draft,
    placeholder,
    'aria-label': shortLabel === undefined ? undefined : label,
    'aria-invalid': problem !== null,
    'aria-describedby': describedBy(id, problem, hint),
    'data-testid': testId,
    onBlur: commit,
    onKeyDown,
  };
  return (
    <FieldFrame id={id} label={label} shortLabel={shortLabel} hint={hint} problem={problem}>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type="text" spellCheck={false} autoComplete="off" onChange={(e) => setDraft(e.target.value)} />
      )}
    </FieldFrame>
  );
}

export interface NumberFieldProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (value: number) => void;
  /** Extra check after the range check (e.g. a port already used). */
  validate?: (value: number) => string | null;
  unit?: string;
  hint?: ReactNode;
}

/** The problem with a whole-number draft, or null. */
export function wholeNumberProblem(text: string, min: number, max: number, label: string): string | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return `${label} must be a whole number from ${min} to ${max}.`;
  const n = Number(trimmed);
  if (n < min || n > max) return `${label} must be from ${min} to ${max}; ${trimmed} is out of range.`;
  return null;
}

/** A whole-number field with a range. */
export function NumberField({ label, value, min, max, onCommit, validate, unit, hint }: NumberFieldProps) {
  const check: Validate = (text) => wholeNumberProblem(text, min, max, label) ?? (validate ? validate(Number(text.trim())) : null);
  return (
    <TextField
      label={unit ? `${label} (${unit})` : label}
      value={String(value)}
      validate={check}
      hint={hint}
      onCommit={(text) => onCommit(Number(text.trim()))}
    />
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  label: string;
  /** Shown instead of `label`, which stays the accessible name. */
  shortLabel?: string;
  value: T;
  options: readonly Choice<T>[];
  onCommit: (value: T) => void;
  hint?: ReactNode;
}

/** A select that commits on change. */
export function SelectField<T extends string>({ label, shortLabel, value, options, onCommit, hint }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} shortLabel={shortLabel} hint={hint} problem={null}>
      <select
        id={id}
        className="insp-input"
        value={value}
        aria-label={shortLabel === undefined ? undefined : label}
        aria-describedby={describedBy(id, null, hint)}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next && next.value !== value) onCommit(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onCommit: (checked: boolean) => void;
  hint?: ReactNode;
}

/** A checkbox that commits on change. */
export function CheckboxField({ label, checked, onCommit, hint }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="insp-field insp-check">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="insp-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface MultiCheckFieldProps {
  legend: string;
  options: readonly Choice<string>[];
  selected: readonly string[];
  /** The new selection, in option order. */
  onCommit: (selected: string[]) => void;
  hint?: ReactNode;
  empty?: string;
}

/** A group of checkboxes choosing several values (e.g. availability zone hints). */
export function MultiCheckField({ legend, options, selected, onCommit, hint, empty }: MultiCheckFieldProps) {
  const id = useId();
  return (
    <fieldset className="insp-field insp-fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="insp-label">{legend}</legend>
      {options.length === 0 ? <p className="insp-hint">{empty ?? 'Nothing to choose from yet.'}</p> : null}
      {options.map((o) => (
        <label key={o.value} className="insp-check-option">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) => {
              const next = new Set(selected);
              if (e.target.checked) next.add(o.value);
              else next.delete(o.value);
              onCommit(options.map((x) => x.value).filter((v) => next.has(v)));
            }}
          />
          {o.label}
        </label>
      ))}
      {hint ? (
        <p id={`${id}-hint`} className="insp-hint">
          {hint}
        </p>
      ) : null}
    </fieldset>
  );
}
