/**
 * Field-level building blocks of the design file schema. Every check carries a message of the form
 * "must be …" so that restore can say `Subnet "s1": cidr must be …, found …` without knowing zod's
 * own wording.
 */
import { z } from 'zod';
import { cidrProblem, formatCidr, parseCidr } from './cidr';
import { designId, relationId, resourceId } from './ids';
import type { ResourceKind } from './types';

/** Keys that must never be copied from imported data, and ids that must never be used. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The longest id a design file may use. */
export const MAX_ID_LENGTH = 200;

/** Picks "must be a finite number" for NaN/Infinity (e.g. `1e400` in JSON), the range text otherwise. */
function numberError(expect: string) {
  return (issue: { input?: unknown }): string =>
    typeof issue.input === 'number' && !Number.isFinite(issue.input) ? 'must be a finite number' : expect;
}

/** A whole number in `[min, max]`. */
export function wholeNumber(min: number, max: number, expect = `must be a whole number from ${min} to ${max}`) {
  return z
    .number({ error: numberError(expect) })
    .int({ error: expect })
    .min(min, { error: expect })
    .max(max, { error: expect });
}

/** Any finite number in `[min, max]`. */
export function decimalNumber(min: number, max: number, expect = `must be a number from ${min} to ${max}`) {
  return z.number({ error: numberError(expect) }).min(min, { error: expect }).max(max, { error: expect });
}

export function bool() {
  return z.boolean({ error: 'must be true or false' });
}

export function text(expect = 'must be text') {
  return z.string({ error: expect });
}

export function nullableText() {
  return text('must be text or null').nullable();
}

export function nonEmptyText(expect: string) {
  return z.string({ error: expect }).min(1, { error: expect });
}

/** One of a fixed set of words. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of ${values.join(', ')}` });
}

/** A list whose items satisfy `item`. */
export function list<T extends z.ZodType>(item: T, expect: string) {
  return z.array(item, { error: expect });
}

const ID_EXPECT = `must be a non-empty text of at most ${MAX_ID_LENGTH} characters other than __proto__, constructor and prototype`;

function idText(expect: string) {
  return z
    .string({ error: expect })
    .min(1, { error: expect })
    .max(MAX_ID_LENGTH, { error: expect })
    .refine((s) => !FORBIDDEN_KEYS.has(s), { error: expect });
}

/** True when `value` may be used as an id (and therefore as an object key). */
export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH && !FORBIDDEN_KEYS.has(value);
}

export const resourceIdSchema = idText(ID_EXPECT).transform(resourceId);
export const relationIdSchema = idText(ID_EXPECT).transform(relationId);
export const designIdSchema = idText(ID_EXPECT).transform(designId);

/** A reference to a resource of the named kind (the kind itself is checked by restore). */
export function ref(what: string) {
  return idText(`must be the id of ${what}`).transform(resourceId);
}

export function nullableRef(what: string) {
  return idText(`must be the id of ${what}, or null`).transform(resourceId).nullable();
}

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4_SOURCE = `${OCTET}(?:\\.${OCTET}){3}`;
const IPV4_PATTERN = new RegExp(`^${IPV4_SOURCE}$`);
const CIDR_PATTERN = new RegExp(`^${IPV4_SOURCE}/(?:3[0-2]|[12]?\\d)$`);

const IP_EXPECT = 'must be an IPv4 address such as 172.29.45.10';
const CIDR_EXPECT = 'must be a CIDR such as 172.29.45.0/24';

export function ipv4(expect = IP_EXPECT) {
  return z.string({ error: expect }).regex(IPV4_PATTERN, { error: expect });
}

export function nullableIpv4() {
  return ipv4(`${IP_EXPECT}, or null`).nullable();
}

/** A CIDR block whose host bits are clear (`172.29.45.0/24`, not `172.29.45.7/24`). */
export function cidr() {
  return z
    .string({ error: CIDR_EXPECT })
    .regex(CIDR_PATTERN, { error: CIDR_EXPECT })
    .refine((s) => cidrProblem(s) === null, {
      error: (issue) => {
        const parsed = typeof issue.input === 'string' ? parseCidr(issue.input) : null;
        return parsed ? `must be a CIDR with the host bits clear, such as ${formatCidr(parsed)}` : CIDR_EXPECT;
      },
    });
}

/** A TCP/UDP port number. */
export function port() {
  return wholeNumber(1, 65535);
}

/** The fields every resource starts with, in canonical order. */
export function resourceBase<const K extends ResourceKind>(kind: K) {
  return {
    id: resourceIdSchema,
    kind: z.literal(kind),
    name: text().optional().describe('Defaults to the id.'),
    description: text().optional(),
  };
}
