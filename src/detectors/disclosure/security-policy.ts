// Security issue resolution: whether the repository has a security policy and where. GitHub shows a policy
// found at SECURITY.md, .github/SECURITY.md or docs/SECURITY.md; one elsewhere exists but is not shown.
import picomatch from 'picomatch';
import {
  NOT_PROJECT_DOCS,
  SECURITY_POLICY_GLOBS,
  SECURITY_POLICY_LOCATIONS,
} from '../../catalogue/security-docs.js';
import { fact } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const excluded = picomatch(NOT_PROJECT_DOCS, { dot: true, nocase: true });

export const securityPolicyDetector = defineDetector({
  id: 'security-policy',
  section: 'security-issue-resolution/responsible-disclosures-process',
  reads: SECURITY_POLICY_GLOBS,
  detect(snapshot) {
    const candidates = snapshot
      .glob(SECURITY_POLICY_GLOBS)
      .map((f) => f.path)
      .filter((p) => !excluded(p));
    const standard = SECURITY_POLICY_LOCATIONS.map((loc) =>
      candidates.find((p) => p.toLowerCase() === loc.toLowerCase()),
    ).find((p): p is string => p !== undefined);
    const path = standard ?? candidates.sort((a, b) => a.split('/').length - b.split('/').length)[0];
    if (path) {
      const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
      const location =
        dir === '' ? 'root' : dir === '.github' ? '.github' : dir === 'docs' ? 'docs' : 'other';
      const text = snapshot.read(path);
      // Cite the first heading or line with content, so the reference lands on the policy's start.
      const line = text === undefined ? undefined : firstContentLine(text);
      return {
        facts: [
          fact(
            'disclosure.security-policy',
            'security-issue-resolution/responsible-disclosures-process',
            { path, location },
            [snapshot.ref(path, line)],
            'observed',
          ),
        ],
        unknowns: [],
      };
    }
    const org = snapshot.forge?.kind === 'github' ? snapshot.forge.repo.split('/')[0] : undefined;
    return {
      facts: [],
      unknowns: [
        {
          id: 'disclosure.security-policy',
          section: 'security-issue-resolution/responsible-disclosures-process',
          lookedFor: 'a security policy (SECURITY.md)',
          lookedIn: [...SECURITY_POLICY_LOCATIONS, '**/SECURITY.md'],
          reason: 'not-found',
          detail: org
            ? `GitHub may show a default policy from the organisation's repository https://github.com/${org}/.github`
            : "an organisation-wide default policy (the forge's .github repository) may apply",
        },
      ],
    };
  },
});

function firstContentLine(text: string): number | undefined {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('<!--'));
  return i < 0 ? undefined : i + 1;
}
