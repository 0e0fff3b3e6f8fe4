import { create } from 'zustand';
import type { Catalog } from '../../../shared/catalog';
import { BUILTIN_CATALOG } from '../../../shared/catalog';

/** The models and media the open design may use: built-in, plus a user catalog beside the file. */
export const useCatalog = create<{ catalog: Catalog; setCatalog(catalog: Catalog): void }>()(
  (set) => ({
    catalog: BUILTIN_CATALOG,
    setCatalog: (catalog) => set({ catalog }),
  }),
);

/** The drag data type of a catalog model dragged from the palette onto the canvas. */
export const MODEL_MIME = 'application/x-clusterwire-model';
