import type { LldpReport } from '../../../shared/compare';
import { checkCabling, deviceFromFileName, diffDesigns } from '../../../shared/compare';
import type { Modal } from '../state/ui';
import type { Design } from '../../../shared/model';
import { bridge } from '../state/bridge';
import { fileName, useDocument } from '../state/document';
import { cablingOverlay, diffOverlay, useOverlay } from '../state/overlay';
import { showError, showModal, useUi } from '../state/ui';
import { pickFile, reportFailure } from './files';

/** The open design against another revision: what the open design added, removed, changed. */
function showDiff(before: Design, title: string): void {
  const doc = useDocument.getState().doc;
  if (!doc) return;
  const changes = diffDesigns(before, doc.design);
  useOverlay
    .getState()
    .show(diffOverlay(before, doc.design, changes, title), () => showDiff(before, title));
  if (changes.length === 0) useUi.getState().notify('info', `${title}: no changes`);
}

export async function compareWithFile(): Promise<void> {
  if (!useDocument.getState().doc) return;
  const path = await pickFile('open', 'design');
  if (!path) return;
  try {
    const { design } = await bridge.readDesign({ path });
    showDiff(design, `Changes from ${fileName(path)} to the open design`);
  } catch (error) {
    await reportFailure(`Could not read ${fileName(path)}`, error);
  }
}

export async function compareWithSaved(): Promise<void> {
  const doc = useDocument.getState().doc;
  if (!doc) return;
  if (doc.saved) {
    showDiff(doc.saved, 'Changes since the last save');
    return;
  }
  // Restored work has no saved copy in memory: its file on disk is the last save.
  if (!doc.path) {
    useUi.getState().notify('info', 'This design has not been saved yet: nothing to compare with.');
    return;
  }
  const path = doc.path;
  try {
    const { design } = await bridge.readDesign({ path });
    showDiff(design, `Changes since ${fileName(path)} was saved`);
  } catch (error) {
    await reportFailure(`Could not read ${fileName(path)}`, error);
  }
}

async function pickLldpFiles(): Promise<string[]> {
  if (useUi.getState().info?.nativeDialogs) return (await bridge.showOpenLldpDialog({})).paths;
  return (await showModal<Extract<Modal, { kind: 'pick-lldp' }>>({ kind: 'pick-lldp' })) ?? [];
}

/** LLDP files, one per device and named after it, against the cables of the open design. */
export async function checkCablingFiles(): Promise<void> {
  if (!useDocument.getState().doc) return;
  const paths = await pickLldpFiles();
  if (paths.length === 0) return;
  let read;
  try {
    read = await bridge.readLldp({ paths });
  } catch (error) {
    await reportFailure('Could not read the LLDP files', error);
    return;
  }
  if (read.problems.length > 0) {
    await showError(
      'Could not read the LLDP files',
      read.problems.map((p) => `${fileName(p.path)}: ${p.message}`).join('\n'),
    );
    return;
  }
  const reports: LldpReport[] = read.reports.map((r) => ({
    device: deviceFromFileName(r.path),
    source: fileName(r.path),
    neighbors: r.neighbors,
  }));
  const names = reports.map((r) => r.source);
  const title = `Cabling: ${names.length === 1 ? names[0] : `${names.length} LLDP files`}`;
  await showCabling(reports, title);
}

/** The reports against the open design as it is now (again after an edit: Compare again). */
async function showCabling(reports: LldpReport[], title: string): Promise<void> {
  const design = useDocument.getState().doc?.design;
  if (!design) return;
  const checked = checkCabling(design, reports);
  if (!checked.ok) {
    await showError('Cannot check the cabling', checked.problems.join('\n'));
    return;
  }
  useOverlay
    .getState()
    .show(cablingOverlay(design, checked.results, title), () => void showCabling(reports, title));
}

export const clearComparison = () => useOverlay.getState().clear();
