// Development pipeline: the Developer Certificate of Origin — a documented sign-off requirement (a sentence
// in the contribution documents, with its line), and what enforces it (the DCO GitHub App's configuration
// or a mention of it, a workflow that checks sign-offs). The measured share of signed-off commits is the
// commit-history detector's.
import {
  CONTRIBUTION_DOCS,
  DCO_ACTIONS,
  DCO_APP,
  DCO_CHECK,
  DCO_COMMAND,
  DCO_CONFIGS,
  DCO_TERM,
  NOT_CURRENT,
  REQUIREMENT,
} from '../../catalogue/pipeline-contribution.js';
import { ciSourcesOf } from '../../ci/ci-sources.js';
import { workflowsOf } from '../../ci/workflows.js';
import { fact, type Ref } from '../../evidence/model.js';
import { contributionDocs } from '../../text/paths.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;

export const dcoDetector = defineDetector({
  id: 'dco',
  section: SECTION,
  reads: [...CONTRIBUTION_DOCS, ...DCO_CONFIGS, '.github/workflows/*'],
  detect(snapshot) {
    const refs: Ref[] = [];
    const enforcedBy = new Set<string>();
    let documented = false;

    for (const path of contributionDocs(snapshot, DCO_TERM)) {
      const all = proseOf(snapshot, path)?.sentences;
      if (!all) continue;
      // Sentences grouped by the section they sit in: a sign-off section ("Sign your work") states the
      // requirement even when its requirement sentence does not repeat the term.
      const groups = new Map<string, typeof all>();
      for (const s of all) {
        const key = s.headings.join(' / ');
        const list = groups.get(key) ?? [];
        list.push(s);
        groups.set(key, list);
      }
      for (const [key, group] of groups) {
        const headingTerm = DCO_TERM.test(key);
        const termSentences = group.filter((s) => DCO_TERM.test(s.text) && !NOT_CURRENT.test(s.text));
        if (!headingTerm && termSentences.length === 0) continue;
        const requirement =
          termSentences.find((s) => REQUIREMENT.test(s.text)) ??
          group.find(
            (s) =>
              REQUIREMENT.test(s.text) && /\bcommits?\b|\bsign/i.test(s.text) && !NOT_CURRENT.test(s.text),
          );
        if (requirement && !documented) {
          documented = true;
          refs.push(snapshot.ref(path, requirement.line));
        }
        const app = group.find((s) => DCO_APP.test(s.text));
        if (app && !enforcedBy.has('the DCO GitHub App')) {
          enforcedBy.add('the DCO GitHub App');
          refs.push(snapshot.ref(path, app.line));
        }
        const check = app ? undefined : group.find((s) => DCO_CHECK.test(s.text));
        if (check && enforcedBy.size === 0) {
          enforcedBy.add('an automated DCO check');
          refs.push(snapshot.ref(path, check.line));
        }
      }
    }

    for (const path of DCO_CONFIGS) {
      if (!snapshot.has(path)) continue;
      if (!enforcedBy.has('the DCO GitHub App')) enforcedBy.add('the DCO GitHub App');
      refs.push(snapshot.ref(path, 1));
    }

    for (const w of workflowsOf(snapshot).workflows) {
      for (const job of w.jobs) {
        for (const step of job.steps) {
          const uses = step.uses?.value.toLowerCase().replace(/@.*$/, '');
          if (uses && DCO_ACTIONS.some((a) => uses === a || uses.startsWith(`${a}/`))) {
            enforcedBy.add('a GitHub workflow');
            if (refs.length < 4) refs.push(snapshot.ref(w.path, step.uses?.line));
          }
        }
      }
    }
    for (const line of ciSourcesOf(snapshot).lines) {
      if (line.kind === 'ci' && DCO_COMMAND.test(line.text)) {
        enforcedBy.add('a CI job');
        if (refs.length < 4) refs.push(snapshot.ref(line.path, line.line));
        break;
      }
    }

    if (!documented && enforcedBy.size === 0) {
      return {
        facts: [],
        unknowns: [
          {
            id: 'pipeline.dco',
            section: SECTION,
            lookedFor: 'a Developer Certificate of Origin (DCO) sign-off requirement',
            lookedIn: [...contributionDocs(snapshot).slice(0, 4), ...DCO_CONFIGS, '.github/workflows/*'],
            reason: 'not-found',
            detail: 'if the DCO app or a CLA check runs on pull requests, say so',
          },
        ],
      };
    }
    return {
      facts: [
        {
          ...fact(
            'pipeline.dco',
            SECTION,
            { documented, enforcedBy: [...enforcedBy] },
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
