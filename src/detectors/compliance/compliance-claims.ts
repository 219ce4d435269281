// Project compliance: the security standards the documentation claims the project meets (FIPS 140, PCI DSS,
// SOC 2, ISO 27001, GDPR, HIPAA, FedRAMP, CIS Benchmarks, NIST SSDF / 800-53 / 800-190, SLSA...), from
// sentences that name a standard and say the project meets, conforms to or supports it, and from badges
// (a SLSA level badge). A mere mention ("see NIST", "such as PCI-DSS") is not a claim. When none is
// claimed, an unknown says which documents were read. Rows: src/catalogue/compliance-standards.ts.
import picomatch from 'picomatch';
import {
  CLAIM_WORDS,
  COMPLIANCE_BADGES,
  COMPLIANCE_DOC_GLOBS,
  COMPLIANCE_STANDARDS,
  type ComplianceStandardId,
  MAX_COMPLIANCE_BYTES,
  MAX_COMPLIANCE_DOCS,
  NOT_A_CLAIM,
  NOT_COMPLIANCE_DOC_GLOBS,
} from '../../catalogue/compliance-standards.js';
import type { ComplianceClaimFact } from '../../evidence/kinds/functions.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { shallowFirst } from '../../text/paths.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'project-compliance' as const;
const notClaimDoc = picomatch([...NOT_COMPLIANCE_DOC_GLOBS], { dot: true, nocase: true });
/** Any standard's name: one test per sentence before the per-standard ones. */
const ANY_STANDARD = new RegExp(COMPLIANCE_STANDARDS.map((s) => s.pattern.source).join('|'), 'i');
const MAX_SUMMARY = 200;

interface Claim {
  value: ComplianceClaimFact;
  refs: Ref[];
}

export const complianceClaimsDetector = defineDetector({
  id: 'compliance-claims',
  section: SECTION,
  reads: COMPLIANCE_DOC_GLOBS,
  detect(snapshot) {
    const docs = claimDocs(snapshot);
    const claims = new Map<ComplianceStandardId, Claim>();
    const add = (value: ComplianceClaimFact, ref: Ref) => {
      const known = claims.get(value.standard);
      if (!known) claims.set(value.standard, { value, refs: [ref] });
      else {
        // A sentence that states a level says more than a badge or a plain claim.
        if (!known.value.level && value.level) known.value = { ...value };
        if (known.refs.length < 3) known.refs.push(ref);
      }
    };
    for (const path of docs) {
      const text = snapshot.read(path);
      if (text === undefined) continue;
      if (/^readme\./i.test(path)) badges(text, (value, line) => add(value, snapshot.ref(path, line)));
      if (!ANY_STANDARD.test(text)) continue;
      const prose = proseOf(snapshot, path);
      for (const s of prose?.sentences ?? []) {
        if (!ANY_STANDARD.test(s.text)) continue;
        for (const standard of COMPLIANCE_STANDARDS) {
          if (!standard.pattern.test(s.text) || !isClaim(s.text)) continue;
          const level = standard.level?.(s.text);
          add(
            {
              standard: standard.id,
              name: standard.name,
              ...(level ? { level } : {}),
              summary:
                s.text.length > MAX_SUMMARY
                  ? `${s.text.slice(0, MAX_SUMMARY).replace(/\s+\S*$/, '')} …`
                  : s.text,
              badge: false,
            },
            snapshot.ref(path, s.line),
          );
        }
      }
    }
    const facts: AnyFact[] = [...claims.values()].map((c) =>
      fact('compliance.claim', SECTION, c.value, c.refs, 'stated', c.value.standard),
    );
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts: [],
      unknowns: [
        {
          id: 'compliance.claims',
          section: SECTION,
          lookedFor:
            'a claim of meeting a security standard (FIPS 140, PCI DSS, SOC 2, ISO 27001, GDPR, HIPAA, FedRAMP, CIS, NIST, SLSA)',
          lookedIn:
            docs.length === 0
              ? [...COMPLIANCE_DOC_GLOBS]
              : docs.length <= 3
                ? docs
                : [`${docs.length} documents, among them ${docs.slice(0, 3).join(', ')}`],
          reason: 'not-found',
        },
      ],
    };
  },
});

/** A sentence that names a standard is a claim when it says the project meets it, and is not a pointer. */
export function isClaim(sentence: string): boolean {
  return CLAIM_WORDS.test(sentence) && !NOT_A_CLAIM.test(sentence);
}

function badges(text: string, add: (value: ComplianceClaimFact, line: number) => void): void {
  const lines = text.split('\n');
  for (let i = 0; i < Math.min(lines.length, 400); i++) {
    const line = (lines[i] as string).slice(0, 4000);
    for (const badge of COMPLIANCE_BADGES) {
      const m = badge.pattern.exec(line);
      if (!m) continue;
      const standard = COMPLIANCE_STANDARDS.find((s) => s.id === badge.standard);
      if (!standard) continue;
      const level = badge.level(m);
      add(
        {
          standard: standard.id,
          name: standard.name,
          level,
          summary: `${standard.name} ${level} badge`,
          badge: true,
        },
        i + 1,
      );
    }
  }
}

function claimDocs(snapshot: Snapshot): string[] {
  const files = snapshot
    .glob([...COMPLIANCE_DOC_GLOBS])
    .filter((f) => !notClaimDoc(f.path))
    .sort((a, b) => shallowFirst(a.path, b.path));
  const out: string[] = [];
  let bytes = 0;
  for (const f of files) {
    if (out.length >= MAX_COMPLIANCE_DOCS || bytes + f.size > MAX_COMPLIANCE_BYTES) break;
    bytes += f.size;
    out.push(f.path);
  }
  return out;
}
