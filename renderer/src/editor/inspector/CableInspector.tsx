import { cableLabelProblem, mediaOptions } from '../../../../shared/edit';
import { MEDIA_STYLE } from '../../../../shared/export/visual';
import { Cable as CableSchema, cableName } from '../../../../shared/model';
import type { Cable, Design } from '../../../../shared/model';
import { useCatalog } from '../../state/catalog';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { useEditById } from './useEditById';

/** One cable: media (only what fits both ports), length and whether it is estimated, label, colour. */
export function CableInspector({ cable, design }: { cable: Cable; design: Design }) {
  const catalog = useCatalog((s) => s.catalog);
  const change = useEditById('cables', cable.id);
  const end = (ref: Cable['a']) => {
    const device = design.devices.find((d) => d.id === ref.device);
    return { device, port: device?.ports.find((p) => p.name === ref.port) };
  };
  const hostOf = (id: string) => design.devices.find((d) => d.id === id)?.hostname;
  // Labels are printed on the cables: two cables with one label would be swapped in the rack.
  const labelSchema = CableSchema.shape.label.refine(
    (v) => cableLabelProblem(design, cable.id, v) === null,
    {
      error: (issue) =>
        cableLabelProblem(design, cable.id, issue.input as string) ?? 'duplicate label',
    },
  );
  const a = end(cable.a);
  const b = end(cable.b);
  const options = a.port && b.port ? mediaOptions(catalog, a.port, b.port).map((m) => m.media) : [];
  if (!options.includes(cable.media)) options.unshift(cable.media);
  return (
    <div className="cw-inspector-body" data-testid="cable-inspector">
      <h3>Cable {cableName(cable, hostOf)}</h3>
      {cable.label ? (
        <p className="cw-muted">
          {a.device?.hostname} {cable.a.port} ↔ {b.device?.hostname} {cable.b.port}
        </p>
      ) : null}
      <Select
        label="Media"
        value={cable.media}
        options={options.map((m) => ({ value: m, label: MEDIA_STYLE[m].label }))}
        onChange={(media) => change((c) => void (c.media = media))}
        testId="cable-media"
      />
      <Field
        key={`${cable.id}-length`}
        label="Length (m)"
        value={cable.lengthM}
        schema={CableSchema.shape.lengthM}
        parse={numberOrUndefined}
        onCommit={(v) =>
          change((c) => {
            // A length someone typed in is a measurement, even one equal to the drawing default.
            c.lengthM = v;
            delete c.lengthEstimated;
          })
        }
        testId="cable-length"
        commitUnchanged
      />
      <label className="cw-check">
        <input
          type="checkbox"
          checked={cable.lengthEstimated === true}
          data-testid="cable-length-estimated"
          onChange={(e) =>
            change((c) =>
              e.target.checked ? void (c.lengthEstimated = true) : void delete c.lengthEstimated,
            )
          }
        />
        Length is an estimate (measure before ordering)
      </label>
      <Field
        key={`${cable.id}-label`}
        label="Label"
        value={cable.label}
        schema={labelSchema}
        testId="cable-label"
        parse={(t) => (t.trim() === '' ? undefined : t)}
        onCommit={(v) =>
          change((c) => (v === undefined ? void delete c.label : void (c.label = v.trim())))
        }
      />
      <Field
        key={`${cable.id}-color`}
        label="Colour"
        value={cable.color}
        schema={CableSchema.shape.color}
        parse={(t) => (t.trim() === '' ? undefined : t)}
        onCommit={(v) =>
          change((c) => (v === undefined ? void delete c.color : void (c.color = v)))
        }
      />
    </div>
  );
}
