// Security and compliance standards a project's documentation can claim to meet, for the template's
// "Project compliance" section. A claim is a sentence that names a standard and says the project meets,
// conforms to, is validated against or supports it ("FIPS 140-2 compliant builds", "conforms to the CIS
// Kubernetes Benchmark", "SLSA Build Level 3"); a mere mention ("see NIST", "such as PCI-DSS") is not.
// OpenSSF Scorecard and the OpenSSF Best Practices badge are not standards (they have their own sections).

export type ComplianceStandardId =
  | 'fips-140'
  | 'pci-dss'
  | 'soc-2'
  | 'iso-27001'
  | 'gdpr'
  | 'hipaa'
  | 'fedramp'
  | 'cis-benchmark'
  | 'nist-ssdf'
  | 'nist-800-53'
  | 'nist-800-190'
  | 'disa-stig'
  | 'common-criteria'
  | 'slsa';

export interface ComplianceStandard {
  id: ComplianceStandardId;
  name: string;
  /** How documents name it. */
  pattern: RegExp;
  /** The level, version or profile the sentence states, from the same sentence. */
  level?: (sentence: string) => string | undefined;
}

export const COMPLIANCE_STANDARDS: readonly ComplianceStandard[] = [
  {
    id: 'fips-140',
    name: 'FIPS',
    pattern: /\bFIPS(?:[- ]?140(?:-[23])?)?\b/,
    level: (s) => /\bFIPS[- ]?(140-[23])/.exec(s)?.[1],
  },
  { id: 'pci-dss', name: 'PCI DSS', pattern: /\bPCI[- ]?DSS\b/i },
  { id: 'soc-2', name: 'SOC 2', pattern: /\bSOC ?(?:2|II)\b(?:\s+Type\s+(?:1|2|I|II))?/ },
  { id: 'iso-27001', name: 'ISO/IEC 27001', pattern: /\bISO(?:\/IEC)?[ -]?2700[12]\b/i },
  { id: 'gdpr', name: 'GDPR', pattern: /\bGDPR\b|\bGeneral Data Protection Regulation\b/ },
  { id: 'hipaa', name: 'HIPAA', pattern: /\bHIPAA\b/ },
  { id: 'fedramp', name: 'FedRAMP', pattern: /\bFedRAMP\b/i },
  {
    id: 'cis-benchmark',
    name: 'CIS Benchmarks',
    pattern: /\bCIS (?:[\w-]+ ){0,3}Benchmarks?\b|\bCIS[- ]hardened\b/i,
    level: (s) => /\bCIS ((?:[\w-]+ ){0,3})Benchmarks?/i.exec(s)?.[1]?.trim() || undefined,
  },
  {
    id: 'nist-ssdf',
    name: 'NIST SSDF (SP 800-218)',
    pattern: /\bSSDF\b|\bSecure Software Development Framework\b|\b800-218\b/,
  },
  { id: 'nist-800-53', name: 'NIST SP 800-53', pattern: /\b800-53\b/ },
  { id: 'nist-800-190', name: 'NIST SP 800-190', pattern: /\b800-190\b/ },
  { id: 'disa-stig', name: 'DISA STIG', pattern: /\bSTIGs?\b/ },
  { id: 'common-criteria', name: 'Common Criteria', pattern: /\bCommon Criteria\b/ },
  {
    id: 'slsa',
    name: 'SLSA',
    pattern: /\bSLSA\b/,
    level: (s) => {
      const m =
        /\bSLSA (?:v?1\.\d )?(?:(Build) )?(?:L(?:evel)? ?|level )(\d)\b|\bSLSA ?(\d)\b|\blevel (\d) (?:of )?SLSA\b/i.exec(
          s,
        );
      const n = m?.[2] ?? m?.[3] ?? m?.[4];
      return n ? `${m?.[1] ? 'Build ' : ''}Level ${n}` : undefined;
    },
  },
];

/** Words that turn a mention into a claim: the project meets, conforms to, is validated against or supports it. */
export const CLAIM_WORDS =
  /\b(?:complian(?:t|ce) (?:with|to)|-?compliant|conform(?:s|ing|ant|ance)?|meets?|satisf(?:y|ies|ying)|certified|validated|certification|attests?|attestations?|achieve[sd]?|(?:build )?level \d|L\d\b|FIPS[- ](?:mode|enabled|capable|builds?|validated|approved)|(?:supports?|enables?|provides?) (?:a )?FIPS|uses? (?:a |the )?(?:FIPS|BoringCrypto)|BoringCrypto|hardened (?:according|per|following)|follows? the|aligned with|adheres? to|passes|in accordance with|generates? (?:SLSA|provenance))\b/i;

/** Words that make the sentence something else: a pointer, an example, a denial or a plan. */
export const NOT_A_CLAIM =
  /\b(?:see|refer to|for more (?:information|details)|e\.g\.|such as|for example|not (?:compliant|certified|validated|FIPS)|does(?:n't| not)|is(?:n't| not)|are(?:n't| not)|no (?:claim|guarantee)|working (?:towards?|on)|plan(?:s|ned)? to|roadmap|in the future|will be|would|could|if you need|your (?:organi[sz]ation|compliance))\b/i;

/** Badges that show a level (an image link in the README). */
export const COMPLIANCE_BADGES: readonly {
  standard: ComplianceStandardId;
  pattern: RegExp;
  level: (m: RegExpExecArray) => string;
}[] = [
  {
    standard: 'slsa',
    pattern: /slsa\.dev\/images\/gh-badge-level(\d)\.svg|img\.shields\.io\/badge\/SLSA-level%20(\d)/i,
    level: (m) => `Level ${m[1] ?? m[2]}`,
  },
];

/** Where claims are looked for: the README, the security policy and the documentation. */
export const COMPLIANCE_DOC_GLOBS = [
  'README.md',
  'readme.md',
  'SECURITY.md',
  '.github/SECURITY.md',
  'COMPLIANCE.md',
  '{docs,doc,documentation,Documentation,site,website}/**/*.{md,mdx,markdown}',
] as const;

/** Not claims about the project: changelogs, proposals, meeting notes, tests, vendored code, assessments. */
export const NOT_COMPLIANCE_DOC_GLOBS = [
  '**/{CHANGELOG,CHANGES,HISTORY,RELEASE_NOTES,NEWS}*',
  '**/{changelog,changes,history,release-notes,release_notes}*',
  '**/{*self-assessment*,*security-audit*}',
  '**/{proposals,proposal,enhancements,keps,rfcs,meetings,minutes,blog,posts,news,release-notes,changelogs,CHANGELOG}/**',
  '**/{test,tests,testdata,e2e,fixtures,vendor,node_modules,third_party,third-party}/**',
] as const;

export const MAX_COMPLIANCE_DOCS = 600;
export const MAX_COMPLIANCE_BYTES = 6 * 1024 * 1024;
/** Claims kept per standard (the best-placed ones). */
export const MAX_CLAIM_REFS = 3;
