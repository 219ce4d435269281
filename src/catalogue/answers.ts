// The keys of the maintainers' answers file (.selfassess.yml, docs/answers.md): what the repository cannot
// show (forge settings, channels hosted elsewhere), each typed, with what it declares and which OSPS
// Baseline controls and template section it feeds. A closed set: an unknown key is an error with a
// suggestion. Adding a key is one row here (and a line in docs/answers.md).
import type { SectionId } from '../template/sections.js';

export const ANSWERS_FILE = '.selfassess.yml';
export const ANSWERS_VERSION = 1;

/** `boolean`: true/false; `count`: a whole number ≥ 0; `channels`: a list of channels. */
export type AnswerType = 'boolean' | 'count' | 'channels';

export interface AnswerKey {
  key: string;
  type: AnswerType;
  /** What a true value (or a count ≥ 1) declares, as a clause: "the primary branch is protected ...". */
  declares: string;
  /** What false (or 0) declares. */
  denies: string;
  /** OSPS Baseline controls the answer decides when the files cannot. */
  controls: readonly string[];
  /** Where the draft shows it. */
  section: SectionId;
}

const PIPELINE: SectionId = 'secure-development-practices/development-pipeline';
const DISCLOSURE: SectionId = 'security-issue-resolution/responsible-disclosures-process';

export const ANSWER_KEYS: readonly AnswerKey[] = [
  {
    key: 'mfa',
    type: 'boolean',
    declares: 'collaborators must use multi-factor authentication',
    denies: 'multi-factor authentication is not required of collaborators',
    controls: ['OSPS-AC-01.01'],
    section: PIPELINE,
  },
  {
    key: 'collaborator-permissions',
    type: 'boolean',
    declares: 'new collaborators get the least permissions by default',
    denies: 'new collaborators do not get least-privilege defaults',
    controls: ['OSPS-AC-02.01'],
    section: PIPELINE,
  },
  {
    key: 'branch-protection',
    type: 'boolean',
    declares: 'the primary branch is protected against direct pushes and deletion',
    denies: 'the primary branch is not protected',
    controls: ['OSPS-AC-03.01', 'OSPS-AC-03.02'],
    section: PIPELINE,
  },
  {
    key: 'status-checks',
    type: 'boolean',
    declares: 'status checks must pass before a change is merged',
    denies: 'status checks are not required before merging',
    controls: ['OSPS-QA-03.01'],
    section: PIPELINE,
  },
  {
    key: 'required-reviews',
    type: 'count',
    declares: 'approving reviews are required before merging',
    denies: 'no approving review is required before merging',
    controls: ['OSPS-QA-07.01'],
    section: PIPELINE,
  },
  {
    key: 'ci-default-token-read-only',
    type: 'boolean',
    declares: "the CI's default token is read-only",
    denies: "the CI's default token is not read-only",
    controls: ['OSPS-AC-04.01'],
    section: PIPELINE,
  },
  {
    key: 'secret-scanning',
    type: 'boolean',
    declares: 'secret scanning is enabled',
    denies: 'secret scanning is not enabled',
    controls: ['OSPS-BR-07.01'],
    section: PIPELINE,
  },
  {
    key: 'sast',
    type: 'boolean',
    declares: 'static analysis (SAST) checks every change',
    denies: 'no static analysis (SAST) checks changes',
    controls: ['OSPS-VM-06.02'],
    section: PIPELINE,
  },
  {
    key: 'dependency-scanning',
    type: 'boolean',
    declares: 'every change is checked for vulnerable dependencies',
    denies: 'changes are not checked for vulnerable dependencies',
    controls: ['OSPS-VM-05.03'],
    section: PIPELINE,
  },
  {
    key: 'signed-releases',
    type: 'boolean',
    declares: 'releases are signed',
    denies: 'releases are not signed',
    controls: ['OSPS-BR-06.01'],
    section: PIPELINE,
  },
  {
    key: 'sbom',
    type: 'boolean',
    declares: 'releases ship with a software bill of materials',
    denies: 'releases ship without a software bill of materials',
    controls: ['OSPS-QA-02.02'],
    section: PIPELINE,
  },
  {
    key: 'private-vulnerability-reporting',
    type: 'boolean',
    declares: "the forge's private vulnerability reporting is enabled",
    denies: "the forge's private vulnerability reporting is not enabled",
    controls: ['OSPS-VM-03.01'],
    section: DISCLOSURE,
  },
  {
    key: 'public-repository',
    type: 'boolean',
    declares: 'the repository is publicly readable at a stable address',
    denies: 'the repository is not public',
    controls: ['OSPS-QA-01.01'],
    section: 'metadata',
  },
  {
    key: 'security-provider',
    type: 'boolean',
    declares: "the project's primary function is to support the security of an integrating system",
    denies: "the project's primary function is not security",
    controls: [],
    section: 'metadata',
  },
  {
    key: 'channels',
    type: 'channels',
    declares: 'the project has public discussion channels hosted elsewhere',
    denies: '',
    controls: ['OSPS-GV-02.01'],
    section: 'secure-development-practices/communication-channels',
  },
];

const BY_KEY = new Map(ANSWER_KEYS.map((k) => [k.key, k]));

export function answerKey(key: string): AnswerKey | undefined {
  return BY_KEY.get(key);
}
