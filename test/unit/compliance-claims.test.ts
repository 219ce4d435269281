import { describe, expect, it } from 'vitest';
import { complianceClaimsDetector, isClaim } from '../../src/detectors/compliance/compliance-claims.js';
import type { ComplianceClaimFact } from '../../src/evidence/kinds/functions.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

describe('compliance-claims', () => {
  it('reports claims from sentences and badges, with the level they state', async () => {
    const r = await detectOn(complianceClaimsDetector, {
      'README.md':
        '# Tool\n\n[![SLSA 3](https://slsa.dev/images/gh-badge-level3.svg)](https://slsa.dev)\n\nTool is a policy engine.\n',
      'docs/fips.md':
        '# FIPS\n\nTool release images are built with BoringCrypto and are FIPS 140-2 compliant.\n',
      'docs/hardening.md':
        '# Hardening\n\nThe default installation conforms to the CIS Kubernetes Benchmark.\n',
    });
    const v = Object.fromEntries(r.facts.map((f) => [(f.value as ComplianceClaimFact).standard, f]));
    expect(v.slsa?.value).toMatchObject({ level: 'Level 3', badge: true });
    expect(v.slsa?.refs[0]?.line).toBe(3);
    expect(v['fips-140']?.value).toMatchObject({ level: '140-2', badge: false });
    expect(v['fips-140']?.refs[0]).toMatchObject({ path: 'docs/fips.md', line: 3 });
    expect(v['cis-benchmark']?.value).toMatchObject({ level: 'Kubernetes' });
    expect(statementOf(v['fips-140'] as never)).toBe(
      'FIPS 140-2: Tool release images are built with BoringCrypto and are FIPS 140-2 compliant.',
    );
    expect(r.unknowns).toEqual([]);
  });

  it('does not count a mention as a claim, and says which documents it read when none is claimed', async () => {
    const r = await detectOn(complianceClaimsDetector, {
      'README.md': '# Tool\n\nFor more on controls, see NIST SP 800-53.\n',
      'docs/users.md': '# Users\n\nIf you need PCI-DSS or HIPAA compliance, talk to your auditor.\n',
      'CHANGELOG.md': '# Changes\n\n- Builds are now FIPS 140-2 compliant.\n',
    });
    expect(r.facts).toEqual([]);
    expect(r.unknowns[0]).toMatchObject({ id: 'compliance.claims', reason: 'not-found' });
    expect(r.unknowns[0]?.lookedIn.join(' ')).toContain('README.md');
  });

  it('tells claims from mentions', () => {
    expect(isClaim('Our builds support FIPS mode on Linux.')).toBe(true);
    expect(isClaim('Artifacts meet SLSA Build Level 3.')).toBe(true);
    expect(isClaim('See the SLSA specification for details.')).toBe(false);
    expect(isClaim('Tool is not FIPS validated.')).toBe(false);
    expect(isClaim('We plan to be SOC 2 certified next year.')).toBe(false);
  });
});
