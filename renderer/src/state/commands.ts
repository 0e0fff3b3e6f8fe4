import { RENDERER_COMMAND_IDS } from '../../../shared/commands';
import type { RendererCommandId } from '../../../shared/commands';
import { commitFocusedField } from './fieldFocus';
import { useUi } from './ui';

type Handler = () => unknown;

/**
 * Commands that leave a text field being typed in as it is: undo and redo decide for themselves
 * (state/fieldFocus), select all selects the field's text, and the rest only change the view or
 * show something. Every other command reads or changes the design, so it commits the field's
 * typing first (as leaving the field would): Ctrl+D duplicates the device with the name just
 * typed, Ctrl+S saves it.
 */
const KEEP_FIELD: ReadonlySet<RendererCommandId> = new Set<RendererCommandId>([
  'undo',
  'redo',
  'select-all',
  'find-device',
  'zoom-in',
  'zoom-out',
  'fit-view',
  'toggle-problems',
  'toggle-minimap',
  'toggle-legend',
  'toggle-theme',
  'shortcuts',
  'rules-reference',
  'about',
  'preferences',
  // Closing without saving drops the typing with everything else; nothing may hold it up.
  'discard-and-close',
]);

const handlers = new Map<RendererCommandId, Handler>();

/**
 * Each room registers the commands it runs (the canvas its view, the editor editing, the shell
 * files, dialogs and panels); menus, keys and main only name them. The command table
 * (shared/commands) says which exist.
 */
export function registerCommand(id: RendererCommandId, handler: Handler): void {
  handlers.set(id, handler);
}

export function registerCommands(entries: Partial<Record<RendererCommandId, Handler>>): void {
  for (const id of RENDERER_COMMAND_IDS) {
    const handler = entries[id];
    if (handler) registerCommand(id, handler);
  }
}

/** Runs a command from a menu, a key or main; settles when the command is done. */
export async function runCommand(id: RendererCommandId): Promise<void> {
  const handler = handlers.get(id);
  if (!handler) throw new Error(`No handler is registered for the command "${id}"`);
  if (!KEEP_FIELD.has(id) && !commitFocusedField()) {
    useUi
      .getState()
      .notify('error', 'The field being edited holds an invalid value: correct it, or press Esc.');
    return;
  }
  await handler();
}

/** Commands of the table that no room has registered yet. */
export const unhandledCommands = (): RendererCommandId[] =>
  RENDERER_COMMAND_IDS.filter((id) => !handlers.has(id));
