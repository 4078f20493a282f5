/**
 * Where JSON text first breaks the grammar. `JSON.parse` says *what* is wrong, but engines often
 * leave out *where* (V8: `Unexpected token '}', "…" is not valid JSON`); this scanner finds the
 * offset so that an import error can point at a line and column. It runs only after a parse failed.
 */

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

type State = 'value' | 'firstValue' | 'key' | 'firstKey' | 'colon' | 'after';

/** The end of the string starting at `start` (a `"`), or the negated offset of its first error. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i;
    if (c === 0x5c) {
      const e = text.charAt(i + 1);
      if (e === 'u') {
        if (!HEX4.test(text.slice(i + 2, i + 6))) return -(i + 1);
        i += 6;
        continue;
      }
      if (!ESCAPES.has(e)) return -(i + 1);
      i += 2;
      continue;
    }
    i++;
  }
  return -text.length;
}

/** The end of the scalar (string, number, literal) at `i`, or the negated offset of its error. */
function scanScalar(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '"') return scanString(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }
  NUMBER.lastIndex = i;
  return NUMBER.exec(text) ? NUMBER.lastIndex : -i;
}

/** The 0-based offset of the first syntax error in `text`, or null when it is valid JSON. */
export function jsonErrorOffset(text: string): number | null {
  const stack: string[] = [];
  let state: State = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) return state === 'after' && stack.length === 0 ? null : text.length;
    const c = text.charAt(i);
    const top = stack[stack.length - 1];
    if (state === 'after') {
      if (top === undefined) return i; // text after the single top-level value
      if (c === ',') state = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) stack.pop();
      else return i;
      i++;
    } else if (state === 'colon') {
      if (c !== ':') return i;
      state = 'value';
      i++;
    } else if (state === 'key' || state === 'firstKey') {
      if (state === 'firstKey' && c === '}') {
        stack.pop();
        state = 'after';
        i++;
        continue;
      }
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end <= 0) return -end;
      state = 'colon';
      i = end;
    } else if (state === 'firstValue' && c === ']') {
      stack.pop();
      state = 'after';
      i++;
    } else if (c === '{' || c === '[') {
      stack.push(c);
      state = c === '{' ? 'firstKey' : 'firstValue';
      i++;
    } else {
      const end = scanScalar(text, i);
      if (end <= 0) return -end;
      state = 'after';
      i = end;
    }
  }
}
