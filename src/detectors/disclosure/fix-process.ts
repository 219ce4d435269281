// Security issue resolution › Vulnerability response: how fixes are made and shipped. Which releases get
// security fixes (supported versions, backports), and whether fixes are prepared privately (patches by
// e-mail, a temporary private fork, a private repository).
import {
  BACKPORT,
  NEGATION,
  PRIVATE_FIX,
  SUPPORT_SCOPE,
  SUPPORTED_VERSIONS_HEADING,
} from '../../catalogue/disclosure-phrases.js';
import { policyProse } from '../../disclosure/sources.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/vulnerability-response-process' as const;

export const fixProcessDetector = defineDetector({
  id: 'fix-process',
  section: SECTION,
  reads: ['SECURITY.md', 'docs/**/security-release-process.md'],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    let scope: { text: string; ref: Ref } | undefined;
    let backport: Ref | undefined;
    let privateFix: { via: 'email' | 'private-fork' | 'private-repository'; ref: Ref } | undefined;
    let formatPatch = false;
    for (const source of policyProse(snapshot)) {
      for (const s of source.sentences) {
        const supportContext =
          SUPPORTED_VERSIONS_HEADING.test(s.headings.join(' ')) ||
          /\bsupport|\bmaintain|\bsecurity (?:fix|patch|update)/i.test(s.text);
        if (!scope && supportContext) {
          const m = SUPPORT_SCOPE.exec(s.text);
          if (m?.[1]) scope = { text: m[1].replace(/^the\s+/i, ''), ref: snapshot.ref(source.path, s.line) };
        }
        if (!backport && BACKPORT.test(s.text) && !/\bnot\b[^.]{0,20}\bback-?port/i.test(s.text))
          backport = snapshot.ref(source.path, s.line);
        if (!privateFix) {
          const hit = PRIVATE_FIX.find((p) => p.pattern.test(s.text));
          if (hit && !(NEGATION.test(s.text) && hit.via !== 'email'))
            privateFix = { via: hit.via, ref: snapshot.ref(source.path, s.line) };
        }
      }
      // A `git format-patch` command sits in a code block, outside the prose.
      if (source.role !== 'community' && /\bgit format-patch\b/.test(source.doc.text)) {
        formatPatch = true;
        const line = source.doc.text.split('\n').findIndex((l) => /\bgit format-patch\b/.test(l)) + 1;
        privateFix ??= { via: 'email', ref: snapshot.ref(source.path, line) };
      }
    }
    if (scope || backport) {
      const refs = [scope?.ref, backport].filter((r): r is Ref => r !== undefined);
      facts.push({
        ...fact(
          'disclosure.supported-versions',
          SECTION,
          { ...(scope ? { scope: scope.text } : {}), backports: backport !== undefined },
          refs.filter((r, i) => refs.findIndex((x) => x.path === r.path && x.line === r.line) === i),
          'stated',
        ),
        topic: 'Response',
      });
    }
    if (privateFix)
      facts.push({
        ...fact(
          'disclosure.private-fix',
          SECTION,
          { via: privateFix.via, formatPatch },
          [privateFix.ref],
          'stated',
        ),
        topic: 'Response',
      });
    return { facts, unknowns: [] };
  },
});
