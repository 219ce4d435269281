// Development pipeline: a Contributor License Agreement — stated in the contribution documents (with the
// service that collects signatures: EasyCLA, CLA Assistant, Google's CLA), a CLA file or bot configuration,
// or a workflow that checks signatures. A sentence about a former CLA ("compared to our earlier CLA") is not
// a requirement.
import {
  CLA_FILES,
  CLA_SERVICES,
  CLA_TERM,
  NOT_CURRENT,
  REQUIREMENT,
} from '../../catalogue/pipeline-contribution.js';
import { workflowsOf } from '../../ci/workflows.js';
import { fact, type Ref } from '../../evidence/model.js';
import { contributionDocs } from '../../text/paths.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;

export const claDetector = defineDetector({
  id: 'cla',
  section: SECTION,
  reads: ['CONTRIBUTING.md', 'GOVERNANCE.md', ...CLA_FILES, '.github/workflows/*'],
  detect(snapshot) {
    const refs: Ref[] = [];
    let documented = false;
    let service: string | undefined;
    let file: string | undefined;

    for (const path of contributionDocs(snapshot, CLA_TERM)) {
      for (const s of proseOf(snapshot, path)?.sentences ?? []) {
        if (!CLA_TERM.test(s.text) || NOT_CURRENT.test(s.text)) continue;
        const named = CLA_SERVICES.find((c) => c.text.test(s.text));
        if (named && !service) service = named.name;
        if (!documented && (REQUIREMENT.test(s.text) || /\bsign\b/i.test(s.text))) {
          documented = true;
          refs.push(snapshot.ref(path, s.line));
        }
      }
    }
    for (const path of CLA_FILES) {
      if (!snapshot.has(path)) continue;
      file ??= path;
      if (refs.length < 3) refs.push(snapshot.ref(path, 1));
    }
    for (const w of workflowsOf(snapshot).workflows) {
      for (const job of w.jobs) {
        for (const step of job.steps) {
          const uses = step.uses?.value.toLowerCase().replace(/@.*$/, '');
          if (!uses) continue;
          const named = CLA_SERVICES.find((c) => c.uses?.some((u) => uses === u || uses.startsWith(`${u}/`)));
          if (!named) continue;
          service ??= named.name;
          if (refs.length < 3) refs.push(snapshot.ref(w.path, step.uses?.line));
        }
      }
    }
    if (refs.length === 0) return { facts: [], unknowns: [] };
    return {
      facts: [
        {
          ...fact(
            'pipeline.cla',
            SECTION,
            { documented, ...(service ? { service } : {}), ...(file ? { file } : {}) },
            refs.slice(0, 3),
            documented ? 'stated' : 'observed',
          ),
          topic: 'Code review and contribution',
        },
      ],
      unknowns: [],
    };
  },
});
