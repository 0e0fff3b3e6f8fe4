import { produce } from 'immer';
import type { Draft } from 'immer';
import { create } from 'zustand';
import type { FileStamp } from '../../../shared/ipc';
import type { Design } from '../../../shared/model';

/** How many edits undo reaches back; designs share structure, so a step costs little. */
const HISTORY_LIMIT = 200;

export interface OpenDocument {
  /** Names this document's recovery file; a restored document keeps its old key. */
  key: string;
  /** null until the design is first saved. */
  path: string | null;
  design: Design;
  /** What is on disk, for the "changed on disk" check; null when there is no file yet. */
  stamp: FileStamp | null;
  /** The design as last saved or opened; dirty means `design !== saved`. */
  saved: Design | null;
  past: Design[];
  future: Design[];
  /**
   * What the last edit continues, when it asked to be merged with the next like it (a nudge of
   * the same selection); null after any other edit, an undo or redo, a save.
   */
  run: string | null;
}

export interface EditOptions {
  /**
   * Consecutive edits with the same key are one undo step (arrow-key nudges of one selection,
   * as design tools do). Never across a save: undo still comes back to the saved design.
   */
  merge?: string;
}

interface DocumentStore {
  doc: OpenDocument | null;
  load(
    doc: Pick<OpenDocument, 'path' | 'design' | 'stamp'> & { key?: string; dirty?: boolean },
  ): void;
  /** One undoable edit; `recipe` mutates a draft (immer), untouched parts keep their identity. */
  edit(recipe: (draft: Draft<Design>) => void, options?: EditOptions): void;
  undo(): void;
  redo(): void;
  markSaved(path: string, stamp: FileStamp, design: Design): void;
  close(): void;
}

export const newDocumentKey = () => `doc-${crypto.randomUUID()}`;

export const useDocument = create<DocumentStore>()((set, get) => ({
  doc: null,
  load: ({ key, path, design, stamp, dirty }) =>
    set({
      doc: {
        key: key ?? newDocumentKey(),
        path,
        design,
        stamp,
        saved: dirty ? null : design,
        past: [],
        future: [],
        run: null,
      },
    }),
  edit: (recipe, options) => {
    const doc = get().doc;
    if (!doc) return;
    const next = produce(doc.design, recipe);
    if (next === doc.design) return;
    const run = options?.merge ?? null;
    const continues =
      run !== null && doc.run === run && doc.past.length > 0 && doc.design !== doc.saved;
    set({
      doc: {
        ...doc,
        design: next,
        past: continues ? doc.past : [...doc.past.slice(-(HISTORY_LIMIT - 1)), doc.design],
        future: [],
        run,
      },
    });
  },
  undo: () => {
    const doc = get().doc;
    const previous = doc?.past.at(-1);
    if (!doc || !previous) return;
    set({
      doc: {
        ...doc,
        design: previous,
        past: doc.past.slice(0, -1),
        future: [doc.design, ...doc.future],
        run: null,
      },
    });
  },
  redo: () => {
    const doc = get().doc;
    const next = doc?.future[0];
    if (!doc || !next) return;
    set({
      doc: {
        ...doc,
        design: next,
        past: [...doc.past, doc.design],
        future: doc.future.slice(1),
        run: null,
      },
    });
  },
  markSaved: (path, stamp, design) => {
    const doc = get().doc;
    if (doc) set({ doc: { ...doc, path, stamp, saved: design, run: null } });
  },
  close: () => set({ doc: null }),
}));

export const isDirty = (doc: OpenDocument | null): boolean =>
  doc !== null && doc.design !== doc.saved;

export function fileName(path: string | null): string {
  if (path === null) return 'Untitled';
  return path.split(/[\\/]/).pop() ?? path;
}
