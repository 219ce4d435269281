// Meta-tests: every detector file is registered, ids match file names, sections exist in the template.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../src/detectors/index.js';
import { TEMPLATE_SECTIONS } from '../../src/template/sections.js';

const detectorDir = new URL('../../src/detectors/', import.meta.url);

describe('the detector registry', () => {
  const files = readdirSync(detectorDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(new URL(`${d.name}/`, detectorDir)).map((f) => f.replace(/\.ts$/, '')));

  it('registers every detector file, with an id equal to its file name', () => {
    expect(DETECTORS.map((d) => d.id).sort()).toEqual([...files].sort());
  });

  it('has unique ids and sections from the template', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sections = new Set(TEMPLATE_SECTIONS.map((s) => s.id));
    for (const d of DETECTORS) expect(sections.has(d.section), d.id).toBe(true);
  });
});

describe('the template model', () => {
  it('has the template sections in order with GitHub anchors', () => {
    expect(TEMPLATE_SECTIONS.filter((s) => s.level === 2).map((s) => s.anchor)).toEqual([
      'metadata',
      'overview',
      'self-assessment-use',
      'security-functions-and-features',
      'project-compliance',
      'secure-development-practices',
      'security-issue-resolution',
      'appendix',
    ]);
    expect(TEMPLATE_SECTIONS.find((s) => s.id === 'appendix/related-projects-vendors')?.anchor).toBe(
      'related-projects--vendors',
    );
  });
});
