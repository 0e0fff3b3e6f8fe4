import { Suspense, lazy } from 'react';
import { useUi } from '../state/ui';
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

/** The open dialog, if any: one at a time, picked by its kind. */
export function ModalHost() {
  const modal = useUi((s) => s.modal);
  if (!modal) return null;
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
