/**
 * An editor for a list of two-field rows: static routes (destination CIDR, next hop), host routes,
 * allocation pools (start, end). Each existing field commits on its own when valid; a new row is
 * added only when both of its fields are valid. Every change is one undo step.
 */
import { useId, useState } from 'react';
import { TextField, type Validate } from './fields';

export interface RowsEditorProps<T> {
  legend: string;
  rows: readonly T[];
  /** The two columns: their labels, how to read them from a row, and how to check them. */
  columns: readonly [Column<T>, Column<T>];
  /** Builds a row from two valid texts. */
  make: (a: string, b: string) => T;
  /** A check of the whole row (e.g. a duplicate), after both fields are valid. */
  validateRow?: (row: T, index: number | null) => string | null;
  /** Commits the new list. */
  onCommit: (rows: T[]) => void;
  /** What one row is called, for labels: "route", "pool". */
  noun: string;
  empty: string;
}

export interface Column<T> {
  label: string;
  read: (row: T) => string;
  validate: Validate;
  placeholder: string;
}

/** A list of two-field rows with add and remove. */
export function RowsEditor<T>({ legend, rows, columns, make, validateRow, onCommit, noun, empty }: RowsEditorProps<T>) {
  const id = useId();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [first, second] = columns;

  const edit = (index: number, which: 0 | 1, text: string) => {
    const current = rows[index];
    if (current === undefined) return;
    const next = which === 0 ? make(text.trim(), second.read(current)) : make(first.read(current), text.trim());
    onCommit(rows.map((r, i) => (i === index ? next : r)));
  };

  const add = () => {
    const found = first.validate(a) ?? second.validate(b);
    const row = found === null ? make(a.trim(), b.trim()) : null;
    const rowProblem = row && validateRow ? validateRow(row, null) : null;
    setProblem(found ?? rowProblem);
    if (row && rowProblem === null) {
      onCommit([...rows, row]);
      setA('');
      setB('');
    }
  };

  return (
    <fieldset className="insp-field insp-fieldset insp-rows">
      <legend className="insp-label">{legend}</legend>
      {rows.length === 0 ? <p className="insp-hint">{empty}</p> : null}
      {rows.map((row, index) => (
        <div className="insp-row-block" key={`${index}:${first.read(row)}:${second.read(row)}`}>
          <div className="insp-row-head">
            <span>
              {noun.charAt(0).toUpperCase() + noun.slice(1)} {index + 1}
            </span>
            <button
              type="button"
              className="insp-button insp-remove"
              aria-label={`Remove ${noun} ${index + 1}`}
              onClick={() => onCommit(rows.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </div>
          <div className="insp-row">
            <TextField
              label={`${first.label} of ${noun} ${index + 1}`}
              shortLabel={first.label}
              value={first.read(row)}
              validate={(text) => first.validate(text) ?? (validateRow ? validateRow(make(text.trim(), second.read(row)), index) : null)}
              onCommit={(text) => edit(index, 0, text)}
            />
            <TextField
              label={`${second.label} of ${noun} ${index + 1}`}
              shortLabel={second.label}
              value={second.read(row)}
              validate={(text) => second.validate(text) ?? (validateRow ? validateRow(make(first.read(row), text.trim()), index) : null)}
              onCommit={(text) => edit(index, 1, text)}
            />
          </div>
        </div>
      ))}
      <div className="insp-row-block insp-add-row">
        <div className="insp-row-head">
          <span>New {noun}</span>
          <button type="button" className="insp-button" onClick={add}>
            Add {noun}
          </button>
        </div>
        <div className="insp-row">
          {([
            [first, a, setA, 'a'],
            [second, b, setB, 'b'],
          ] as const).map(([column, value, setValue, key]) => (
            <div className="insp-field" key={key}>
              <label className="insp-label" htmlFor={`${id}-${key}`}>
                {column.label}
              </label>
              <input
                id={`${id}-${key}`}
                aria-label={`New ${noun}: ${column.label.toLowerCase()}`}
                className="insp-input"
                value={value}
                placeholder={column.placeholder}
                aria-invalid={problem !== null}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onChange={(e) => setValue(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && add()}
              />
            </div>
          ))}
        </div>
      </div>
      {problem ? (
        <p id={`${id}-problem`} className="insp-problem" role="alert">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
