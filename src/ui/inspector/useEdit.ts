/**
 * Committing inspector edits: each commit is one undo step, labelled with what changed and where
 * ("Change CIDR of subnet-1"), so the undo button can say what it will undo.
 */
import { useCallback } from 'react';
import { nameOf } from '../../model/connectionReasons';
import { updateRelation, updateResource, type RelationPatch, type ResourcePatch } from '../../model/edit';
import type { DesignFile, RelationKind, RelationOfKind, ResourceKind, ResourceOfKind } from '../../model/types';
import { useDesignStoreApi } from '../../store/context';

/** Commits a patch of one resource: `(what, patch)`; returns false when nothing changed. */
export type ResourceEdit<K extends ResourceKind> = (what: string, patch: ResourcePatch<K>) => boolean;

/** The commit function of a resource's form. */
export function useResourceEdit<K extends ResourceKind>(resource: ResourceOfKind<K>): ResourceEdit<K> {
  const store = useDesignStoreApi();
  return useCallback(
    (what, patch) =>
      store.getState().commit(`Change ${what} of ${nameOf(resource)}`, (file) => updateResource<K>(file, resource.id, patch)),
    [store, resource],
  );
}

/** Commits any change of the document as one step with this label. */
export function useCommit(): (label: string, update: (file: DesignFile) => DesignFile) => boolean {
  const store = useDesignStoreApi();
  return useCallback((label, update) => store.getState().commit(label, update), [store]);
}

/** Commits a patch of one relation: `(what, patch)`. */
export function useRelationEdit<K extends RelationKind>(relation: RelationOfKind<K>, description: string) {
  const store = useDesignStoreApi();
  return useCallback(
    (what: string, patch: RelationPatch<K>) =>
      store.getState().commit(`Change ${what} of ${description}`, (file) => updateRelation<K>(file, relation.id, patch)),
    [store, relation, description],
  );
}
