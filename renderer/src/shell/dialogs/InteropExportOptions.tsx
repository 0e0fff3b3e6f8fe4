import { useState } from 'react';
import { CLAB_KINDS, clabKind } from '../../../../shared/interop/clabKinds';
import type { ClabKind } from '../../../../shared/interop/clabKinds';
import { ClabImages } from '../../../../shared/ipc';
import { useDocument } from '../../state/document';
import { useUi } from '../../state/ui';
import type { Modal } from '../../state/ui';
import { Buttons, Dialog } from './Dialog';

const KIND_TITLES: Record<ClabKind, string> = {
  arista_ceos: 'Arista cEOS',
  nvidia_cumulusvx: 'NVIDIA Cumulus VX',
  linux: 'Linux',
};

/** Why an image name will not do, or null; the bridge checks the same schema again. */
function imageProblem(image: string): string | null {
  if (!image.trim()) return null;
  const checked = ClabImages.safeParse({ linux: image });
  return checked.success ? null : (checked.error.issues[0]?.message ?? 'not an image name');
}

/**
 * Before the containerlab or NetBox export asks for a file: the images per kind (empty is
 * allowed: the file then names the kinds still without one) or the NetBox site.
 */
export function InteropExportOptions({
  modal,
}: {
  modal: Extract<Modal, { kind: 'interop-options' }>;
}) {
  const design = useDocument((s) => s.doc?.design);
  const remembered = useUi((s) => s.prefs?.clabImages);
  const [site, setSite] = useState(design?.meta.name.trim() ?? '');
  const [images, setImages] = useState<Record<ClabKind, string>>(() => ({
    arista_ceos: remembered?.arista_ceos ?? '',
    nvidia_cumulusvx: remembered?.nvidia_cumulusvx ?? '',
    linux: remembered?.linux ?? '',
  }));
  const counts = new Map<ClabKind, number>();
  for (const device of design?.devices ?? []) {
    const kind = clabKind(device);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const kinds = CLAB_KINDS.filter((k) => counts.has(k));
  const clab = modal.exportKind === 'clab';
  const problems = kinds.map((k) => imageProblem(images[k]));
  const ready = clab ? problems.every((p) => p === null) : site.trim() !== '';

  const submit = () => {
    if (!ready) return;
    if (!clab) {
      modal.resolve({ site: site.trim() });
      return;
    }
    const clabImages: ClabImages = {};
    for (const kind of kinds) if (images[kind].trim()) clabImages[kind] = images[kind].trim();
    modal.resolve({ clabImages });
  };

  return (
    <Dialog
      title={clab ? 'Export containerlab topology' : 'Export to NetBox'}
      onCancel={() => modal.resolve(null)}
      testId="interop-options"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        {clab ? (
          <>
            <p>
              The container image for each kind in this lab. ClusterWire never makes one up: a kind
              left empty is listed at the top of the file, to set before{' '}
              <code>containerlab deploy</code>.
            </p>
            <div className="cw-options-grid">
              {kinds.map((kind, i) => (
                <label key={kind} className="cw-options-row">
                  <span>
                    {KIND_TITLES[kind]} <code>{kind}</code>
                    <span className="cw-muted">
                      {' '}
                      · {counts.get(kind)} {counts.get(kind) === 1 ? 'device' : 'devices'}
                    </span>
                  </span>
                  <input
                    value={images[kind]}
                    onChange={(e) => setImages({ ...images, [kind]: e.target.value })}
                    aria-label={`Image for ${kind}`}
                    aria-invalid={problems[i] !== null}
                    placeholder="none yet"
                    spellCheck={false}
                    {...(i === 0 ? { 'data-autofocus': true } : {})}
                  />
                  {problems[i] ? <span className="cw-error-message">{problems[i]}</span> : null}
                </label>
              ))}
            </div>
          </>
        ) : (
          <>
            <p>
              The NetBox site the devices and VLANs belong to. <code>3-sites.csv</code> creates it;
              skip that file if NetBox has the site already.
            </p>
            <label className="cw-options-row">
              <span>Site</span>
              <input
                value={site}
                onChange={(e) => setSite(e.target.value)}
                aria-label="NetBox site"
                maxLength={200}
                data-autofocus
              />
            </label>
          </>
        )}
        <Buttons>
          <button type="button" onClick={() => modal.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="cw-primary" disabled={!ready}>
            {clab ? 'Choose file…' : 'Choose folder…'}
          </button>
        </Buttons>
      </form>
    </Dialog>
  );
}
