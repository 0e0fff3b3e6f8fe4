import { z } from 'zod';
import { copyDevices, pasteDevices, removeItems } from '../../../shared/edit';
import type { Clipboard } from '../../../shared/edit';
import { Cable, Device, Lag, Position } from '../../../shared/model';
import { useDocument } from '../state/document';
import { useUi } from '../state/ui';
import { useSelection } from '../state/selection';

/** What a paste accepts: checked like a file, since the clipboard is outside our control. */
const ClipboardSchema = z.strictObject({
  kind: z.literal('clusterwire/devices'),
  devices: z.array(Device),
  cables: z.array(Cable),
  lags: z.array(Lag),
  positions: z.record(z.string(), Position),
});

const STEP = 40;
let lastPaste = { text: '', count: 0 };

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLInputElement ||
  target instanceof HTMLTextAreaElement ||
  target instanceof HTMLSelectElement;

function copySelected(): Clipboard | null {
  const doc = useDocument.getState().doc;
  const { devices } = useSelection.getState();
  if (!doc || devices.length === 0) return null;
  return copyDevices(doc.design, devices);
}

function paste(clip: Clipboard, offset: number): void {
  let ids: string[] = [];
  useDocument.getState().edit((d) => {
    ids = pasteDevices(d, clip, { x: offset, y: offset });
  });
  useSelection.getState().select(ids, []);
}

/** Duplicate (Ctrl+D): copy and paste in one step, beside the originals. */
export function duplicateSelection(): void {
  const clip = copySelected();
  if (clip) paste(clip, STEP);
}

export function selectAll(): void {
  const doc = useDocument.getState().doc;
  if (!doc) return;
  useSelection.getState().select(
    doc.design.devices.map((d) => d.id),
    doc.design.cables.map((c) => c.id),
  );
}

export function deleteSelection(): void {
  const { devices, cables } = useSelection.getState();
  if (devices.length + cables.length === 0) return;
  useDocument.getState().edit((d) => removeItems(d, devices, cables));
  useSelection.getState().clear();
}

/**
 * Copy, cut and paste of devices through the system clipboard (as JSON text), driven by the
 * DOM events so Electron's Edit menu roles and the browser's own shortcuts both work.
 */
export function installClipboard(): () => void {
  const onCopy = (event: ClipboardEvent, cut: boolean) => {
    if (isTextField(event.target) || !event.clipboardData) return;
    const clip = copySelected();
    if (!clip) return;
    event.clipboardData.setData('text/plain', JSON.stringify(clip));
    event.preventDefault();
    if (cut) deleteSelection();
  };
  const onPaste = (event: ClipboardEvent) => {
    if (isTextField(event.target) || !event.clipboardData || !useDocument.getState().doc) return;
    const text = event.clipboardData.getData('text/plain');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return; // not ours: leave it alone
    }
    const clip = ClipboardSchema.safeParse(parsed);
    if (!clip.success) {
      if ((parsed as { kind?: unknown } | null)?.kind === 'clusterwire/devices') {
        useUi
          .getState()
          .notify(
            'error',
            `Cannot paste: ${clip.error.issues[0]?.message ?? 'damaged clipboard data'}`,
          );
      }
      return;
    }
    event.preventDefault();
    lastPaste = text === lastPaste.text ? { text, count: lastPaste.count + 1 } : { text, count: 1 };
    paste(clip.data, STEP * lastPaste.count);
  };
  const copy = (e: ClipboardEvent) => onCopy(e, false);
  const cut = (e: ClipboardEvent) => onCopy(e, true);
  document.addEventListener('copy', copy);
  document.addEventListener('cut', cut);
  document.addEventListener('paste', onPaste);
  return () => {
    document.removeEventListener('copy', copy);
    document.removeEventListener('cut', cut);
    document.removeEventListener('paste', onPaste);
  };
}
