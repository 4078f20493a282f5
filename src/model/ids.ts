/**
 * Branded identifiers. A resource id and a relation id are both strings at run time, but the
 * compiler keeps them apart so that a relation id can never be passed where a resource id is meant.
 */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ResourceId = Brand<string, 'ResourceId'>;
export type RelationId = Brand<string, 'RelationId'>;
export type DesignId = Brand<string, 'DesignId'>;

export const resourceId = (s: string): ResourceId => s as ResourceId;
export const relationId = (s: string): RelationId => s as RelationId;
export const designId = (s: string): DesignId => s as DesignId;

let counter = 0;

/**
 * A new id that is unique within this session and very unlikely to collide with ids in other files:
 * a prefix naming the kind, a time component and a counter.
 */
export function newId(prefix: string): string {
  counter = (counter + 1) % 0x100000;
  const time = Date.now().toString(36);
  const rand = Math.floor(Math.random() * 0x10000).toString(36);
  return `${prefix}-${time}${counter.toString(36)}${rand}`;
}

export const newResourceId = (prefix: string): ResourceId => resourceId(newId(prefix));
export const newRelationId = (prefix: string): RelationId => relationId(newId(prefix));
