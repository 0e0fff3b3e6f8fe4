import { create } from 'zustand';
import type { Catalog } from '../../../shared/catalog';
import { BUILTIN_CATALOG } from '../../../shared/catalog';

/**
 * A catalog with the same content as the current one keeps the current object: the app asks for
 * the design's catalog each time it opens one, and most designs have no user catalog beside them.
 * A new object would recreate the validator and validate and redraw the whole design again for
 * nothing (a few hundred milliseconds at 1,000 devices, right after opening). Catalogs are small
 * (about 20 kB as JSON) and come from the same parser, so comparing their JSON is cheap and exact.
 */
function sameCatalog(a: Catalog, b: Catalog): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The models and media the open design may use: built-in, plus a user catalog beside the file. */
export const useCatalog = create<{ catalog: Catalog; setCatalog(catalog: Catalog): void }>()(
  (set, get) => ({
    catalog: BUILTIN_CATALOG,
    setCatalog: (catalog) => {
      if (!sameCatalog(get().catalog, catalog)) set({ catalog });
    },
  }),
);

/** The drag data type of a catalog model dragged from the palette onto the canvas. */
export const MODEL_MIME = 'application/x-clusterwire-model';
