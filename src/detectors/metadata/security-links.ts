// Metadata › Security links: the security file wherever it lives, security and threat-model docs, audits,
// and default configuration (configuration docs and Helm charts' values.yaml), from the file index.

import picomatch from 'picomatch';
import {
  HELM_VALUES_GLOB,
  MAX_HELM_VALUES_LINKS,
  NOT_PROJECT_CHARTS,
  SECURITY_DOC_PATTERNS,
} from '../../catalogue/security-docs.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { notProjectPath, shallowFirst } from '../../text/paths.js';
import { defineDetector } from '../detector.js';

const fixtureChart = picomatch(NOT_PROJECT_CHARTS, { dot: true });

function helmValues(snapshot: Snapshot): string[] {
  return (
    snapshot
      .glob(HELM_VALUES_GLOB)
      .map((f) => f.path)
      .filter((p) => !notProjectPath(p) && !fixtureChart(p))
      // A chart is values.yaml beside Chart.yaml, or beside templates/ when Chart.yaml is generated at build.
      .filter((p) => {
        const dir = p.slice(0, -'values.yaml'.length);
        const templates = `${dir}templates/`;
        return snapshot.has(`${dir}Chart.yaml`) || snapshot.files.some((f) => f.path.startsWith(templates));
      })
      .sort(shallowFirst)
      .slice(0, MAX_HELM_VALUES_LINKS)
  );
}

export const securityLinksDetector = defineDetector({
  id: 'security-links',
  section: 'metadata/security-links',
  reads: [...SECURITY_DOC_PATTERNS.flatMap((p) => p.globs), HELM_VALUES_GLOB],
  detect(snapshot) {
    const facts: AnyFact[] = [];
    const seen = new Set<string>();
    for (const pattern of SECURITY_DOC_PATTERNS) {
      const other = pattern.exclude ? picomatch(pattern.exclude, { dot: true, nocase: true }) : undefined;
      const paths = snapshot
        .glob(pattern.globs, { nocase: !pattern.caseSensitive })
        .map((f) => f.path)
        .filter((p) => !notProjectPath(p) && !seen.has(p) && !other?.(p))
        .sort(shallowFirst)
        .slice(0, pattern.max);
      for (const path of paths) {
        seen.add(path);
        facts.push(
          fact(
            'metadata.security-link',
            'metadata/security-links',
            { label: pattern.label, path },
            [snapshot.ref(path)],
            'observed',
            path,
          ),
        );
      }
    }
    for (const path of helmValues(snapshot)) {
      if (seen.has(path)) continue;
      facts.push(
        fact(
          'metadata.security-link',
          'metadata/security-links',
          { label: 'Default and optional configs', path },
          [snapshot.ref(path)],
          'observed',
          path,
        ),
      );
    }
    if (facts.length > 0) return { facts, unknowns: [] };
    return {
      facts,
      unknowns: [
        {
          id: 'metadata.security-links',
          section: 'metadata/security-links',
          lookedFor:
            'security documentation (security file, security docs, threat model, audits, configuration docs)',
          lookedIn: SECURITY_DOC_PATTERNS.flatMap((p) => p.globs),
          reason: 'not-found',
        },
      ],
    };
  },
});
