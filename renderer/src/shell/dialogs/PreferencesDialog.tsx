import { Preferences } from '../../../../shared/ipc';
import { bridge } from '../../state/bridge';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

export function PreferencesDialog({ modal }: { modal: Extract<Modal, { kind: 'preferences' }> }) {
  const prefs = useUi((s) => s.prefs);
  if (!prefs) return null;
  const save = async (patch: Parameters<typeof bridge.setPreferences>[0]) => {
    useUi.getState().setPrefs(await bridge.setPreferences(patch));
  };
  const cables = prefs.cables;
  const cableSchema = Preferences.shape.cables.removeCatch().shape;
  return (
    <Dialog title="Preferences" onCancel={() => modal.resolve()} testId="preferences">
      <Select
        label="Theme"
        value={prefs.theme}
        options={[
          { value: 'system', label: 'Like the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => void save({ theme })}
      />
      <Field
        label="Autosave after (s)"
        value={prefs.autosaveSeconds}
        schema={Preferences.shape.autosaveSeconds.removeCatch()}
        parse={numberOrUndefined}
        onCommit={(autosaveSeconds) => void save({ autosaveSeconds })}
      />
      <h3>New cables</h3>
      <Field
        label="DAC up to (m)"
        value={cables.copperMaxM}
        schema={cableSchema.copperMaxM}
        parse={numberOrUndefined}
        onCommit={(copperMaxM) => void save({ cables: { copperMaxM } })}
        testId="pref-copper-max"
      />
      <Select
        label="Beyond that"
        value={cables.fiber}
        options={[
          { value: 'mmf-om4', label: 'OM4 multimode fiber' },
          { value: 'mmf-om3', label: 'OM3 multimode fiber' },
          { value: 'smf-os2', label: 'OS2 single-mode fiber' },
          { value: 'aoc', label: 'Active optical cable' },
        ]}
        onChange={(fiber) => void save({ cables: { fiber } })}
      />
      <Field
        label="New cable length (m)"
        value={cables.defaultLengthM}
        schema={cableSchema.defaultLengthM}
        parse={numberOrUndefined}
        onCommit={(defaultLengthM) => void save({ cables: { defaultLengthM } })}
        testId="pref-default-length"
      />
      <Buttons>
        <button type="button" className="cw-primary" onClick={() => modal.resolve()}>
          Done
        </button>
      </Buttons>
    </Dialog>
  );
}
