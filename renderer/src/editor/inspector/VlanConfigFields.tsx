import { z } from 'zod';
import { VlanId } from '../../../../shared/model';
import type { PortConfig, VlanConfig } from '../../../../shared/model';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { formatVlanList, parseVlanList } from './vlanSettings';
import type { VlanSetting } from './vlanSettings';

const TaggedVlans = z
  .union([z.array(VlanId), z.literal('all')], {
    error: 'VLAN ids separated by commas (ranges like 100-110), or "all"',
  })
  .optional();

/** Mode, VLANs and MTU of a switch port or LAG: the same four fields in both places. */
export function VlanConfigFields({
  config,
  onSet,
  idPrefix,
}: {
  config: VlanConfig | PortConfig | undefined;
  onSet(setting: VlanSetting): void;
  idPrefix: string;
}) {
  const current = config ?? {};
  const set = <K extends keyof VlanConfig>(key: K, value: VlanConfig[K] | undefined) =>
    onSet({ key, value } as VlanSetting);
  return (
    <>
      <Select
        label="Switchport mode"
        value={current.mode ?? ''}
        options={[
          { value: '', label: '(not set)' },
          { value: 'access', label: 'access' },
          { value: 'trunk', label: 'trunk' },
        ]}
        onChange={(v) => set('mode', v === '' ? undefined : v)}
        testId={`${idPrefix}-mode`}
      />
      <Field
        key={`${idPrefix}-untagged`}
        label={current.mode === 'trunk' ? 'Native VLAN' : 'VLAN'}
        value={current.untaggedVlan}
        schema={VlanId.optional()}
        parse={numberOrUndefined}
        onCommit={(v) => set('untaggedVlan', v)}
        testId={`${idPrefix}-untagged`}
      />
      {current.mode === 'trunk' ? (
        <Field
          key={`${idPrefix}-tagged`}
          label="Tagged VLANs"
          value={current.taggedVlans}
          schema={TaggedVlans}
          parse={parseVlanList}
          format={formatVlanList}
          onCommit={(v) => set('taggedVlans', v)}
          placeholder="10, 50-51, 100 or all"
          testId={`${idPrefix}-tagged`}
        />
      ) : null}
      <Field
        key={`${idPrefix}-mtu`}
        label="MTU"
        value={current.mtu}
        schema={z.int('a whole number of bytes').positive().optional()}
        parse={numberOrUndefined}
        onCommit={(v) => set('mtu', v)}
        testId={`${idPrefix}-mtu`}
      />
    </>
  );
}
