import { Disk as DiskSchema, DiskMedia, DiskRole } from '../../../../shared/model';
import type { Device, Disk } from '../../../../shared/model';
import { Field, Select, numberOrUndefined } from '../../state/Field';
import { useEditById } from './useEditById';

/** A server's disks: what Ceph sizing and the storage rules read. */
export function DisksTable({ device }: { device: Device }) {
  const editDevice = useEditById('devices', device.id);
  const disks = device.server?.disks ?? [];
  const change = (index: number, recipe: (d: Disk) => void) =>
    editDevice((d) => {
      const disk = d.server?.disks[index];
      if (disk) recipe(disk);
    });
  return (
    <section className="cw-subsection" data-testid="disks">
      <h4>Disks</h4>
      {disks.map((disk, i) => (
        <div className="cw-attachment" key={`${device.id}-disk-${i}`}>
          <Select
            label="Role"
            value={disk.role}
            options={DiskRole.options.map((r) => ({
              value: r,
              label: r === 'osd' ? 'Ceph OSD' : r === 'db' ? 'Ceph DB/WAL' : 'OS',
            }))}
            onChange={(v) => change(i, (d) => void (d.role = v))}
          />
          <Select
            label="Media"
            value={disk.media}
            options={DiskMedia.options.map((m) => ({ value: m, label: m }))}
            onChange={(v) => change(i, (d) => void (d.media = v))}
          />
          <Field
            label="Capacity (GB)"
            value={disk.capacityGB}
            schema={DiskSchema.shape.capacityGB}
            parse={numberOrUndefined}
            onCommit={(v) => change(i, (d) => void (d.capacityGB = v))}
          />
          <Field
            label="Write (MB/s)"
            value={disk.writeMBps}
            schema={DiskSchema.shape.writeMBps}
            parse={numberOrUndefined}
            onCommit={(v) => change(i, (d) => void (d.writeMBps = v))}
          />
          <label className="cw-check">
            <input
              type="checkbox"
              checked={disk.plp}
              onChange={(e) => change(i, (d) => void (d.plp = e.target.checked))}
            />
            power-loss protection
          </label>
          <button
            type="button"
            onClick={() => editDevice((d) => void d.server?.disks.splice(i, 1))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        data-testid="add-disk"
        onClick={() =>
          editDevice((d) => {
            d.server?.disks.push({
              role: 'osd',
              media: 'nvme',
              capacityGB: 3840,
              plp: true,
              writeMBps: 2000,
            });
          })
        }
      >
        Add disk
      </button>
    </section>
  );
}
