import { COMMANDS } from './table';
import type { CommandSpec, Keys, RendererCommandId } from './table';
import { isMainCommand } from './table';

/** Where keys are read: Electron (its native menu answers accelerators) or a browser tab. */
export interface KeyContext {
  transport: 'electron' | 'http';
  mac: boolean;
}

/** The part of a DOM KeyboardEvent the key handler reads (shared/ has no DOM types). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export const forPlatform = (keys: Keys, mac: boolean): string =>
  typeof keys === 'string' ? keys : mac ? keys.mac : keys.other;

/** The key shown beside a command in this context, as an accelerator; none when it has none. */
export function shortcutOf(spec: CommandSpec, context: KeyContext): string | undefined {
  if (context.transport === 'http' && spec.desktopOnly) return undefined;
  if (spec.pageKeys) return spec.pageKeys[0];
  const keys =
    context.transport === 'http' ? (spec.browserKey ?? spec.accelerator) : spec.accelerator;
  return keys === undefined ? undefined : forPlatform(keys, context.mac);
}

interface Chord {
  /** The platform's command key: Cmd on a Mac, Ctrl elsewhere. */
  command: boolean;
  shift: boolean;
  alt: boolean;
  key: string;
}

const NAMED_KEY: Record<string, string> = { Plus: '+', Space: ' ', Esc: 'Escape' };

/**
 * The table writes Cmd only in a Mac's keys and Ctrl only in the others', so both read as the
 * platform's command key.
 */
function chord(accelerator: string): Chord {
  const parts = accelerator.split('+');
  const last = parts.pop() ?? '';
  const has = (...names: string[]) => parts.some((p) => names.includes(p));
  const key = NAMED_KEY[last] ?? last;
  return {
    command: has('CmdOrCtrl', 'CommandOrControl', 'Cmd', 'Command', 'Ctrl', 'Control'),
    shift: has('Shift'),
    alt: has('Alt', 'Option'),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

function matches(c: Chord, press: KeyPress, mac: boolean): boolean {
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (key !== c.key) return false;
  if (c.command !== (mac ? press.metaKey : press.ctrlKey) || c.alt !== press.altKey) return false;
  // A punctuation character says for itself whether Shift made it, and which one did differs by
  // keyboard layout (? is Shift+/ in the US, Shift+ß in Germany): Shift is only read for letters,
  // digits and named keys.
  const punctuation = key.length === 1 && !/[a-z0-9]/.test(key);
  return punctuation || c.shift === press.shiftKey;
}

/** Every key the page answers in this context, per command. */
function pageChords(context: KeyContext): Array<[RendererCommandId, Chord]> {
  const out: Array<[RendererCommandId, Chord]> = [];
  for (const spec of COMMANDS) {
    const id = spec.id;
    if (isMainCommand(id)) continue;
    const keys: Keys[] = [...(spec.pageKeys ?? [])];
    // In Electron the native menu answers accelerators before the page sees them.
    if (context.transport === 'http') {
      const shown = spec.browserKey ?? spec.accelerator;
      if (shown) keys.push(shown);
      for (const k of spec.moreBrowserKeys ?? []) keys.push(k);
    }
    for (const k of keys) out.push([id, chord(forPlatform(k, context.mac))]);
  }
  return out;
}

const cache = new Map<string, Array<[RendererCommandId, Chord]>>();

/** The command a key press runs, when the page is the one to answer it. */
export function commandForKey(press: KeyPress, context: KeyContext): RendererCommandId | null {
  const cacheKey = `${context.transport}:${context.mac}`;
  let chords = cache.get(cacheKey);
  if (!chords) cache.set(cacheKey, (chords = pageChords(context)));
  return chords.find(([, c]) => matches(c, press, context.mac))?.[0] ?? null;
}

const MAC_MODIFIER: Array<[string[], string]> = [
  [['Ctrl', 'Control'], '⌃'],
  [['Alt', 'Option'], '⌥'],
  [['Shift'], '⇧'],
  [['CmdOrCtrl', 'CommandOrControl', 'Cmd', 'Command'], '⌘'],
];
const OTHER_MODIFIER: Array<[string[], string]> = [
  [['CmdOrCtrl', 'CommandOrControl', 'Ctrl', 'Control'], 'Ctrl+'],
  [['Alt', 'Option'], 'Alt+'],
  [['Shift'], 'Shift+'],
];
const KEY_LABEL: Record<string, string> = { Plus: '+', Delete: 'Del' };

/** An accelerator as people read it: `Ctrl+Shift+S`, or `⇧⌘S` on a Mac. */
export function formatShortcut(accelerator: string, mac: boolean): string {
  const parts = accelerator.split('+');
  const last = parts.pop() ?? '';
  const key = KEY_LABEL[last] ?? (last.length === 1 ? last.toUpperCase() : last);
  const modifiers = (mac ? MAC_MODIFIER : OTHER_MODIFIER)
    .filter(([names]) => parts.some((p) => names.includes(p)))
    .map(([, label]) => label)
    .join('');
  return modifiers + key;
}
