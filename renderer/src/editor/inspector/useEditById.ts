import type { Draft } from 'immer';
import type { Design } from '../../../../shared/model';
import { useDocument } from '../../state/document';

/** The lists of a design whose items have ids: devices, cables, lags, networks, clusters... */
type ListWithIds = {
  [K in keyof Design]: Design[K] extends ReadonlyArray<{ id: string }> ? K : never;
}[keyof Design];

export type ItemOf<K extends ListWithIds> = Draft<Design[K][number]>;

/**
 * Edits one item of the open design as one undoable step. The item is looked up by id when the
 * edit runs, in the draft, not in the design the inspector rendered; one deleted meanwhile is
 * left alone.
 */
export function useEditById<K extends ListWithIds>(
  list: K,
  id: string,
): (recipe: (item: ItemOf<K>) => void) => void {
  const edit = useDocument((s) => s.edit);
  return (recipe) =>
    edit((draft) => {
      const items = draft[list] as unknown as Array<{ id: string }>;
      const item = items.find((x) => x.id === id);
      if (item) recipe(item as ItemOf<K>);
    });
}
