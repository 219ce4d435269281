// Ecosystem: the CNCF status the repository states ("Flux is a Cloud Native Computing Foundation graduated
// project", "Harbor is hosted by the CNCF", "contributed ... to the CNCF as a Sandbox project"), with the
// maturity level only when the same sentence names it. Only stated: a CNCF-hosted Slack or mailing list says
// nothing about the project's status. A cheap prose scan of the README and a few top-level documents.
import {
  CNCF_LEVELS,
  CNCF_MEMBERSHIP,
  CNCF_NAME,
  CNCF_NOT_STATUS,
  ECOSYSTEM_DOCS,
} from '../../catalogue/ecosystem-projects.js';
import { fact } from '../../evidence/model.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/ecosystem' as const;

export const cncfStatusDetector = defineDetector({
  id: 'cncf-status',
  section: SECTION,
  reads: ECOSYSTEM_DOCS,
  detect(snapshot) {
    for (const path of ECOSYSTEM_DOCS) {
      if (!snapshot.has(path)) continue;
      const prose = proseOf(snapshot, path);
      if (!prose) continue;
      for (const s of prose.sentences) {
        if (!CNCF_NAME.test(s.text) || !CNCF_MEMBERSHIP.test(s.text) || CNCF_NOT_STATUS.test(s.text))
          continue;
        const level = CNCF_LEVELS.find((l) => l.pattern.test(s.text))?.level;
        return {
          facts: [
            {
              ...fact(
                'ecosystem.cncf-status',
                SECTION,
                { ...(level ? { level } : {}), path },
                [snapshot.ref(path, s.line)],
                'stated',
              ),
              topic: 'Place in the ecosystem',
            },
          ],
          unknowns: [],
        };
      }
    }
    return { facts: [], unknowns: [] };
  },
});
