// The lint rules on documents written by the test: a complete assessment (no findings), then one defect at
// a time (each rule fires on its defect and only there), plus heading variants people use.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/lint.js';
import { RULES } from '../../src/lint/rules/index.js';
import { completeAssessment } from './lint-fixture.js';

function findings(text: string) {
  return lintText('a.md', text).findings;
}

function ruleIds(text: string): string[] {
  return [...new Set(findings(text).map((f) => f.ruleId))].sort();
}

describe('the rule registry', () => {
  const dir = new URL('../../src/lint/rules/', import.meta.url);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''));

  it('registers every rule file, with an id equal to its file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...files].sort());
  });

  it('gives every rule a description and a hint', () => {
    for (const r of RULES) {
      expect(r.description.length, r.id).toBeGreaterThan(10);
      expect(r.hint.length, r.id).toBeGreaterThan(5);
    }
  });
});

describe('a complete assessment', () => {
  it('has no findings', () => {
    const report = lintText('a.md', completeAssessment());
    expect(report.findings).toEqual([]);
    expect(report.final).toBe(true);
    expect(report.stage).toBe('complete');
  });

  it('has no findings with CRLF line endings and a byte-order mark either', () => {
    expect(findings(`\uFEFF${completeAssessment().replace(/\n/g, '\r\n')}`)).toEqual([]);
  });

  it('accepts heading variants: numbering, bold, colons, other levels, aliases', () => {
    const text = completeAssessment()
      .replace('## Metadata', '# 1. Metadata')
      .replace('### Non-goals', '### **Non-Goals:**')
      .replace('### Related Projects / Vendors', '#### Related Projects/Vendors')
      .replace('### Responsible Disclosures Process', '### Responsible Disclosure Process')
      .replace('### OpenSSF Best Practices', '### [CII Best Practices](https://www.bestpractices.dev/)')
      .replace('## Self-assessment use', '## III. Self Assessment Use');
    expect(findings(text).filter((f) => f.ruleId !== 'toc-broken-anchor')).toEqual([]);
  });

  it("accepts subsections written as the template's list items", () => {
    const text = completeAssessment()
      .replace('### Development Pipeline\n', '* Development Pipeline. Every change is reviewed.\n')
      .replace('### Ecosystem\n', '**Ecosystem**: Rocket runs on Kubernetes.\n');
    expect(ruleIds(text)).toEqual([]);
  });
});

describe('structure rules', () => {
  it('missing-section: an error for a top-level section, a warning for a subsection', () => {
    const text = completeAssessment()
      .replace(/## Project compliance\n\nRocket's answer about project compliance.\n/, '')
      .replace(/### Case Studies\n\nRocket's answer about case studies.\n/, '');
    const f = findings(text).filter((x) => x.ruleId === 'missing-section');
    expect(f.map((x) => [x.severity, x.message])).toEqual([
      ['error', 'missing section "Project compliance"'],
      ['warning', 'missing subsection "Case Studies" of "Appendix"'],
    ]);
  });

  it('missing-section: one level lower in a document that is not final', () => {
    const text = completeAssessment('Incomplete').replace(
      /## Project compliance\n\nRocket's answer about project compliance.\n/,
      '',
    );
    expect(findings(text).find((x) => x.ruleId === 'missing-section')?.severity).toBe('warning');
  });

  it('missing-section: a threat model\'s own "Goals" is not the template\'s', () => {
    const text = completeAssessment().replace(/### Goals\n\nRocket's answer about goals.\n/, '');
    const withThreatModel = `${text}\n## Threat model\n\n### Goals\n\nAttackers want data.\n`;
    expect(findings(withThreatModel).map((f) => f.message)).toContain(
      'missing subsection "Goals" of "Overview"',
    );
  });

  it('section-order: one misplaced section is one finding', () => {
    const base = completeAssessment();
    const block = "## Project compliance\n\nRocket's answer about project compliance.\n\n";
    const moved = base.replace(block, '').replace('## Overview', `${block}## Overview`);
    const f = findings(moved).filter((x) => x.ruleId === 'section-order');
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toBe('"Project compliance" is out of the template\'s order');
    expect(ruleIds(base)).not.toContain('section-order');
  });

  it('empty-section: a heading with nothing, or only TBD, under it', () => {
    const text = completeAssessment()
      .replace("Rocket's answer about goals.", '')
      .replace("Rocket's answer about case studies.", '**TBD**');
    const f = findings(text).filter((x) => x.ruleId === 'empty-section');
    expect(f.map((x) => x.message)).toEqual(['section "Goals" is empty', 'section "Case Studies" is empty']);
  });

  it('empty-section: a parent whose content is in its subsections is not empty', () => {
    expect(ruleIds(completeAssessment())).not.toContain('empty-section');
  });

  it('toc-broken-anchor: GitHub anchors, repeated headings and HTML ids', () => {
    const text = `${completeAssessment()}\n## Notes\n\n## Notes\n\n<a id="custom"></a>\n\n[a](#notes-1) [b](#custom) [c](#related-projects--vendors) [d](#nowhere) [e](#Self-Assessment-Use)\n`;
    const f = findings(text).filter((x) => x.ruleId === 'toc-broken-anchor');
    expect(f.map((x) => x.message)).toEqual(['link to #nowhere reaches no heading']);
    expect(f[0]?.column).toBeGreaterThan(1);
  });
});

describe('leftover rules', () => {
  it('template-leftover: guidance wrapped over lines, emphasis, [project], Flibble', () => {
    const text = completeAssessment()
      .replace(
        "Rocket's answer about actors.",
        'These are the individual parts of your\nsystem that *interact* to provide the desired functionality.',
      )
      .replace("Rocket's answer about goals.", 'e.g., Flibble only allows parties with a key.')
      .replace("Rocket's answer about background.", 'This self-assessment is created by the [project] team.');
    const f = findings(text).filter((x) => x.ruleId === 'template-leftover');
    expect(f.map((x) => x.message.split(' from the template')[0])).toEqual([
      'the [project] placeholder',
      'the Actors guidance',
      "the template's example project (Flibble)",
    ]);
    expect(f.every((x) => x.severity === 'error')).toBe(true);
  });

  it('template-leftover: guidance left in an HTML comment is a note (hidden when rendered)', () => {
    const text = completeAssessment().replace(
      "Rocket's answer about goals.",
      "Rocket's goals. <!-- e.g., Flibble only allows parties with a key -->\n\n<!--\nThese are the individual parts of your\nsystem that interact to provide the desired functionality.\n-->",
    );
    const f = findings(text).filter((x) => x.ruleId === 'template-leftover');
    // A one-line comment is a tag, not prose; the guidance in the multi-line comment is a note.
    expect(f.map((x) => [x.severity, /HTML comment/.test(x.message)])).toEqual([['note', true]]);
  });

  it('template-leftover: a link whose text is [Project] is not a placeholder; code is not prose', () => {
    const text = completeAssessment().replace(
      "Rocket's answer about background.",
      'See [Project](https://rocket.dev).\n\n```\nFlibble [project]\n```',
    );
    expect(ruleIds(text)).not.toContain('template-leftover');
  });

  it('draft-line-in-final: reference: and todo: lines only when the stage is Complete, not in code', () => {
    const add = (t: string) =>
      t.replace(
        "Rocket's answer about goals.",
        "Rocket's answer.\n  reference: SECURITY.md:1\ntodo: write the goals\n\n```\ntodo: in code\n```",
      );
    const final = findings(add(completeAssessment())).filter((x) => x.ruleId === 'draft-line-in-final');
    expect(final.map((x) => x.message)).toEqual([
      'a reference: line in a document marked Complete',
      'a todo: line in a document marked Complete',
    ]);
    expect(ruleIds(add(completeAssessment('Incomplete')))).not.toContain('draft-line-in-final');
  });
});

describe('metadata rules', () => {
  const withRow = (label: string, value: string) =>
    completeAssessment().replace(new RegExp(`\\| ${label} \\| [^\\n]*\\|`), `| ${label} | ${value} |`);

  it('metadata-stage: only Incomplete, Complete or Obsolete', () => {
    expect(findings(withRow('Assessment Stage', 'Draft')).map((f) => f.ruleId)).toContain('metadata-stage');
    expect(ruleIds(withRow('Assessment Stage', '**Incomplete.**'))).not.toContain('metadata-stage');
    expect(ruleIds(withRow('Assessment Stage', 'Obsolete'))).not.toContain('metadata-stage');
  });

  it('metadata-software-link: a link, not a name', () => {
    expect(ruleIds(withRow('Software', 'Rocket'))).toContain('metadata-software-link');
    expect(ruleIds(withRow('Software', '[Rocket](https://github.com/acme/rocket)'))).not.toContain(
      'metadata-software-link',
    );
  });

  it('metadata-security-provider: Yes or No, an explanation may follow', () => {
    expect(ruleIds(withRow('Security Provider', 'Rocket is not a security provider'))).toContain(
      'metadata-security-provider',
    );
    expect(ruleIds(withRow('Security Provider', 'No. Rocket launches things.'))).not.toContain(
      'metadata-security-provider',
    );
  });

  it('metadata-languages and metadata-sbom: present with a value', () => {
    expect(ruleIds(withRow('Languages', '?'))).toContain('metadata-languages');
    expect(ruleIds(withRow('SBOM', 'TBD'))).toContain('metadata-sbom');
    const noSbom = completeAssessment().replace(/\| SBOM \|[^\n]*\n/, '');
    expect(findings(noSbom).find((f) => f.ruleId === 'metadata-sbom')?.message).toBe(
      'the metadata table has no SBOM row',
    );
  });

  it('reads an HTML metadata table (documents converted from Google Docs)', () => {
    const html = [
      '<table>',
      '  <tr>',
      '   <td>Assessment Stage',
      '   </td>',
      '   <td>Complete</td>',
      '  </tr>',
      '  <tr><td>Software</td><td><a href="https://github.com/acme/rocket">repo</a></td></tr>',
      '  <tr><td>Security Provider</td><td>Yes</td></tr>',
      '  <tr><td>Languages</td><td>Go</td></tr>',
      '  <tr><td>SBOM</td><td>none</td></tr>',
      '</table>',
    ].join('\n');
    const text = completeAssessment().replace(/\| \| \|\n\| -- \| -- \|\n(?:\|[^\n]*\n){5}/, `${html}\n`);
    const f = findings(text);
    expect(f.filter((x) => x.ruleId.startsWith('metadata-')).map((x) => [x.ruleId, x.line])).toEqual([
      ['metadata-sbom', text.split('\n').findIndex((l) => l.includes('<td>SBOM')) + 1],
    ]);
  });

  it('metadata-table and security-links-missing when the document has neither', () => {
    const text = completeAssessment()
      .replace(/\| \| \|\n\| -- \| -- \|\n(?:\|[^\n]*\n){5}/, 'We did not fill this in.\n')
      .replace(/### Security links\n\n(?:\|[^\n]*\n){3}/, '');
    expect(ruleIds(text)).toEqual(expect.arrayContaining(['metadata-table', 'security-links-missing']));
    // The row rules stay silent without a table (metadata-table says it once).
    expect(ruleIds(text)).not.toContain('metadata-stage');
  });
});
