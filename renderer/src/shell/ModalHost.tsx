import { Suspense, lazy } from 'react';
import { useUi } from '../state/ui';
import type { Modal } from '../state/ui';
import { PanelBoundary } from './PanelBoundary';
import { About } from './dialogs/About';
import { AskDialog } from './dialogs/AskDialog';
import { ErrorDialog } from './dialogs/ErrorDialog';
import { ExportOptions } from './dialogs/ExportOptions';
import { FilePicker } from './dialogs/FilePicker';
import { LldpPicker } from './dialogs/LldpPicker';
import { PeerLinkDialog } from './dialogs/PeerLinkDialog';
import { ImportReport } from './dialogs/ImportReport';
import { InteropExportOptions } from './dialogs/InteropExportOptions';
import { PreferencesDialog } from './dialogs/PreferencesDialog';
import { PromptDialog } from './dialogs/PromptDialog';
import { RecoveryDialog } from './dialogs/RecoveryDialog';
import { RulesReference } from './dialogs/RulesReference';
import { ShortcutSheet } from './dialogs/ShortcutSheet';
import { TemplatePicker } from './dialogs/TemplatePicker';

// The generators load on first use: the app starts without their code.
const GenerateDialog = lazy(() =>
  import('./dialogs/GenerateDialog').then((m) => ({ default: m.GenerateDialog })),
);

/** What the notice calls a dialog that failed. */
const DIALOG_NAMES: Record<Modal['kind'], string> = {
  ask: 'question',
  error: 'error',
  pick: 'file picker',
  'pick-lldp': 'LLDP file picker',
  templates: 'New from Template',
  'export-options': 'export options',
  recovery: 'recovered work',
  generate: 'generate',
  prompt: 'input',
  rules: 'rules reference',
  about: 'About',
  shortcuts: 'keyboard shortcuts',
  preferences: 'Preferences',
  'peer-link': 'peer link',
  'interop-options': 'export options',
  'pick-many': 'file picker',
  'import-report': 'import report',
};

/**
 * A dialog that fails to render is closed as if cancelled (whoever opened it gets its "no
 * choice" answer, so nothing it would have done happens) and the failure is left as a notice.
 * Left open, it would keep the keys blocked (they wait while a dialog is open) behind a dialog
 * that draws nothing.
 */
function closeFailedDialog(modal: Modal, error: Error): void {
  // Every dialog's resolve takes null (or nothing) for "cancelled".
  (modal.resolve as (cancelled: null) => void)(null);
  useUi
    .getState()
    .notify(
      'error',
      `The ${DIALOG_NAMES[modal.kind]} dialog failed and was closed: ${error.message}`,
    );
}

/** A number per dialog shown: each `showModal` makes a new modal object. */
const dialogIds = new WeakMap<Modal, number>();
let lastDialogId = 0;
function dialogId(modal: Modal): number {
  let id = dialogIds.get(modal);
  if (id === undefined) dialogIds.set(modal, (id = ++lastDialogId));
  return id;
}

/**
 * The open dialog, if any: one at a time, picked by its kind. Keyed on the dialog, so each one
 * starts afresh (its own boundary, its own field values), also when it replaces another without
 * a render in between, as a command from the native menu can.
 */
export function ModalHost() {
  const modal = useUi((s) => s.modal);
  if (!modal) return null;
  return (
    <PanelBoundary
      key={dialogId(modal)}
      name={`${DIALOG_NAMES[modal.kind]} dialog`}
      compact
      className="cw-dialog-failed"
      onError={(error) => closeFailedDialog(modal, error)}
    >
      <Dialog modal={modal} />
    </PanelBoundary>
  );
}

function Dialog({ modal }: { modal: Modal }) {
  switch (modal.kind) {
    case 'ask':
      return <AskDialog modal={modal} />;
    case 'error':
      return <ErrorDialog modal={modal} />;
    case 'pick':
      return <FilePicker modal={modal} />;
    case 'pick-lldp':
      return <LldpPicker modal={modal} />;
    case 'templates':
      return <TemplatePicker modal={modal} />;
    case 'export-options':
      return <ExportOptions modal={modal} />;
    case 'recovery':
      return <RecoveryDialog modal={modal} />;
    case 'generate':
      return (
        <Suspense fallback={null}>
          <GenerateDialog modal={modal} />
        </Suspense>
      );
    case 'prompt':
      return <PromptDialog modal={modal} />;
    case 'rules':
      return <RulesReference modal={modal} />;
    case 'about':
      return <About modal={modal} />;
    case 'shortcuts':
      return <ShortcutSheet modal={modal} />;
    case 'preferences':
      return <PreferencesDialog modal={modal} />;
    case 'peer-link':
      return <PeerLinkDialog modal={modal} />;
    case 'interop-options':
      return <InteropExportOptions modal={modal} />;
    case 'pick-many':
      return <FilePicker modal={modal} />;
    case 'import-report':
      return <ImportReport modal={modal} />;
  }
}
