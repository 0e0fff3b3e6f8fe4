import { z } from 'zod';
import { DEFAULT_LACP_RATE, LagMode } from '../../../../shared/model';
import type { Design, Lag } from '../../../../shared/model';
import { useDocument } from '../../state/document';
import { Field, Select } from '../../state/Field';
import { LagGenerationFields, MlagPairGenerationFields } from './GenerationFields';
import { useEditById } from './useEditById';
import { VlanConfigFields } from './VlanConfigFields';
import { withSetting } from './vlanSettings';

/**
 * One LAG (bond): name, mode, LACP rate, VLANs; for an MLAG LAG, whether it is the peer link,
 * and for the peer link, the pair's keepalive network.
 */
export function LagInspector({ lag, design }: { lag: Lag; design: Design }) {
  const edit = useDocument((s) => s.edit);
  const change = useEditById('lags', lag.id);
  const members = lag.members
    .map((m) => `${design.devices.find((d) => d.id === m.device)?.hostname ?? m.device} ${m.port}`)
    .join(', ');
  const remove = () =>
    edit((d) => {
      d.lags = d.lags.filter((l) => l.id !== lag.id);
      for (const device of d.devices)
        device.attachments = device.attachments.filter((a) => a.lag !== lag.id);
      for (const pair of d.mlagPairs) if (pair.peerLinkLag === lag.id) delete pair.peerLinkLag;
    });
  // The pair this LAG belongs to, or whose peer link it is (a peer-link LAG need not name it).
  const pair = design.mlagPairs.find(
    (p) => (lag.mlagPair !== undefined && p.id === lag.mlagPair) || p.peerLinkLag === lag.id,
  );
  const changePair = useEditById('mlagPairs', pair?.id ?? '');
  return (
    <section className="cw-subsection" data-testid="lag-inspector">
      <h4>
        LAG {lag.name} {pair ? '(MLAG)' : ''}
      </h4>
      <p className="cw-muted">Members: {members}</p>
      <Field
        key={`${lag.id}-name`}
        label="Name"
        value={lag.name}
        schema={z.string().min(1, 'a LAG needs a name')}
        onCommit={(v) => change((l) => void (l.name = v))}
        testId="lag-name"
      />
      <Select
        label="Bond mode"
        value={lag.mode}
        options={LagMode.options.map((m) => ({ value: m, label: m }))}
        onChange={(v) => change((l) => void (l.mode = v))}
      />
      <Select
        label="LACP rate"
        value={lag.lacpRate ?? ''}
        options={[
          { value: '', label: `(default: ${DEFAULT_LACP_RATE})` },
          { value: 'fast', label: 'fast' },
          { value: 'slow', label: 'slow' },
        ]}
        onChange={(v) => change((l) => (v === '' ? void delete l.lacpRate : void (l.lacpRate = v)))}
      />
      <LagGenerationFields lag={lag} />
      <VlanConfigFields
        idPrefix={`lag-${lag.id}`}
        config={lag.config}
        onSet={(setting) =>
          change((l) => {
            const next = withSetting(l.config, setting);
            if (next) l.config = next;
            else delete l.config;
          })
        }
      />
      {pair ? (
        <label className="cw-check">
          <input
            type="checkbox"
            checked={pair.peerLinkLag === lag.id}
            onChange={(e) =>
              changePair((p) => {
                if (e.target.checked) p.peerLinkLag = lag.id;
                else delete p.peerLinkLag;
              })
            }
            data-testid="peer-link"
          />
          This LAG is the MLAG peer link
        </label>
      ) : null}
      {pair && pair.peerLinkLag === lag.id ? (
        // The keepalive tells a dead peer from a dead peer link: a network on which both
        // switches have an address, usually management.
        <Select
          label="Keepalive over"
          value={pair.keepalive?.network ?? ''}
          options={[
            { value: '', label: '(none: split brain when the peer link fails)' },
            ...design.networks.map((n) => ({ value: n.id, label: n.name })),
          ]}
          onChange={(v) =>
            changePair((p) =>
              v === '' ? void delete p.keepalive : void (p.keepalive = { network: v }),
            )
          }
          testId="mlag-keepalive"
        />
      ) : null}
      {pair && pair.peerLinkLag === lag.id ? (
        <MlagPairGenerationFields pair={pair} design={design} />
      ) : null}
      <button type="button" onClick={remove}>
        Delete LAG
      </button>
    </section>
  );
}
