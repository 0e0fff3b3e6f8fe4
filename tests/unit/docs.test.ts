import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalogText } from '../../shared/catalog';
import { loadDesign } from '../../shared/format';

/** The first ```json block of a Markdown file. */
function firstJsonBlock(path: string): string {
  const match = /```json\n([\s\S]*?)```/.exec(readFileSync(path, 'utf8'));
  if (!match) throw new Error(`${path} has no json block`);
  return match[1]!;
}

describe('examples in the docs are real', () => {
  it('the design in docs/file-format.md loads', () => {
    const result = loadDesign(firstJsonBlock('docs/file-format.md'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('the catalog in docs/catalog.md parses', () => {
    const result = parseCatalogText(firstJsonBlock('docs/catalog.md'));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

describe('docs/rules.md', () => {
  it('is up to date with the registry (run "npm run docs:rules" to regenerate)', async () => {
    const { rulesMarkdown } = await import('../../shared/rules');
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(rulesMarkdown());
  });
});

describe('version', () => {
  it('matches package.json', async () => {
    const { VERSION } = await import('../../shared/version');
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('the product URL (SARIF informationUri, the link allowlist) is package.json homepage, or none', async () => {
    const { PRODUCT_URL } = await import('../../shared/version');
    expect(PRODUCT_URL).toBe(JSON.parse(readFileSync('package.json', 'utf8')).homepage);
  });
});
