import { RENDERER_COMMAND_IDS } from '../../../shared/commands';
import type { RendererCommandId } from '../../../shared/commands';

type Handler = () => unknown;

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
  await handler();
}

/** Commands of the table that no room has registered yet. */
export const unhandledCommands = (): RendererCommandId[] =>
  RENDERER_COMMAND_IDS.filter((id) => !handlers.has(id));
