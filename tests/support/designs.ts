import type { Design, DesignInput } from '../../shared/model';
import { CURRENT_SCHEMA_VERSION, Design as DesignSchema } from '../../shared/model';
import { serializeDesign } from '../../shared/format';
import { findTemplate } from '../../shared/templates';

/** A fresh copy of a template design, safe to mutate in a test. */
export function template(name = 'pve-hci-3node'): Design {
  const info = findTemplate(name);
  if (!info) throw new Error(`no template ${name}`);
  return info.build();
}

export function minimalDesign(extra: Partial<DesignInput> = {}): Design {
  return DesignSchema.parse({
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { name: 'test' },
    ...extra,
  });
}

/** Serialize a raw object the way a hand-edited file would look. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`;
}

export { serializeDesign };
