// Security issue resolution › Incident response: the documented steps, in the template's order (triage,
// confirmation, fix, notification, release, disclosure), each with the sentence or heading that covers it;
// a todo for each step no document covers.
import { INCIDENT_STEPS, PROCESS_HEADING, SCALE_HEADING } from '../../catalogue/disclosure-phrases.js';
import { PROCESS_DOC_READS, policyProse, type SourceProse } from '../../disclosure/sources.js';
import type { IncidentStep } from '../../evidence/kinds/disclosure.js';
import { type AnyFact, fact, type Unknown } from '../../evidence/model.js';
import { markdownHeadings } from '../../markdown/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/incident-response' as const;
const MAX_QUOTE = 110;

/** What each step means, for the todo of a step no document covers. */
const STEP_MEANING: Record<IncidentStep, string> = {
  triage: 'how a report is assessed for impact and severity',
  confirmation: 'how a report is confirmed or reproduced',
  fix: 'how a fix is developed',
  notification: 'who is notified before release (users, distributors)',
  release: 'how the fixed version is released',
  disclosure: 'how the vulnerability is disclosed (advisory, CVE)',
};

/** Headings of the reporting part of a policy: what to send, not what happens next. */
const REPORTING_HEADING = /^\s*(?:how to )?report|\breporting\b|\bwhen to report|\bcontact/i;

export const incidentResponseDetector = defineDetector({
  id: 'incident-response',
  section: SECTION,
  reads: ['SECURITY.md', ...PROCESS_DOC_READS],
  detect(snapshot) {
    const sources = policyProse(snapshot).filter(
      (s) => s.role !== 'community' && s.role !== 'security-contacts',
    );
    const facts: AnyFact[] = [];
    const unknowns: Unknown[] = [];
    // Without a policy of its own (none, or a pointer of a sentence or two), one todo says so, not six.
    if (sources.reduce((n, s) => n + s.sentences.length, 0) < 3) {
      return {
        facts,
        unknowns: [
          {
            id: 'incident.steps',
            section: SECTION,
            lookedFor:
              'documented incident response steps (triage, confirmation, fix, notification, release, disclosure)',
            lookedIn:
              sources.length > 0
                ? sources.map((s) => s.path)
                : ['SECURITY.md', 'docs/**/security-release-process.md'],
            reason: 'not-found',
            ...(sources.length > 0
              ? {
                  detail:
                    'the policy in the repository is a pointer; the steps may be in the policy it points to',
                }
              : {}),
          },
        ],
      };
    }
    // A heading that names one step is the clearest reference; else the first sentence describing it. A
    // sentence or heading serves one step only.
    const used = new Set<string>();
    const missing: IncidentStep[] = [];
    for (const { step, heading, sentence } of INCIDENT_STEPS) {
      const hit =
        byHeading(sources, heading, used) ??
        bySentence(sources, sentence, used, false) ??
        (step === 'triage' ? bySentence(sources, sentence, used, true) : undefined);
      if (hit) {
        used.add(`${hit.path}:${hit.line}`);
        facts.push(
          fact(
            'incident.step',
            SECTION,
            { step, quote: hit.quote, heading: hit.heading },
            [snapshot.ref(hit.path, hit.line)],
            'stated',
            step,
          ),
        );
      } else missing.push(step);
    }
    // A todo per missing step; when most are missing, one todo names them all.
    const lookedIn = sources.map((s) => s.path);
    if (missing.length >= 3)
      unknowns.push({
        id: 'incident.steps',
        section: SECTION,
        lookedFor: `the ${list(missing)} steps of incident response`,
        lookedIn,
        reason: 'not-found',
      });
    else
      for (const step of missing)
        unknowns.push({
          id: `incident.step:${step}`,
          section: SECTION,
          lookedFor: `the ${step} step of incident response (${STEP_MEANING[step]})`,
          lookedIn,
          reason: 'not-found',
        });
    return { facts, unknowns };
  },
});

interface Hit {
  path: string;
  line: number;
  quote: string;
  heading: boolean;
}

/** The first sentence that describes the step, in a section about handling reports (not about sending them). */
function bySentence(
  sources: readonly SourceProse[],
  pattern: RegExp,
  used: ReadonlySet<string>,
  anywhere: boolean,
): Hit | undefined {
  for (const source of sources) {
    for (const s of source.sentences) {
      if (used.has(`${source.path}:${s.line}`)) continue;
      const nearest = s.headings.at(-1) ?? '';
      const inProcess =
        source.role === 'process' ||
        (PROCESS_HEADING.test(s.headings.join(' ')) && !s.headings.some((h) => REPORTING_HEADING.test(h)));
      // The levels of a severity scale mention fixes and releases without describing the process.
      if ((!inProcess && !anywhere) || SCALE_HEADING.test(nearest)) continue;
      if (pattern.test(s.text))
        return { path: source.path, line: s.line, quote: shorten(s.text), heading: false };
    }
  }
  return undefined;
}

/** A heading that names this step and no other ("Triage", "Developing a patch"; not "Patch, Release and Disclosure"). */
function byHeading(
  sources: readonly SourceProse[],
  pattern: RegExp,
  used: ReadonlySet<string>,
): Hit | undefined {
  for (const source of sources) {
    for (const h of markdownHeadings(source.doc)) {
      if (h.depth < 2 || used.has(`${source.path}:${h.line}`) || REPORTING_HEADING.test(h.text)) continue;
      const steps = INCIDENT_STEPS.filter((x) => x.heading.test(h.text)).length;
      if (steps === 1 && pattern.test(h.text))
        return { path: source.path, line: h.line, quote: shorten(h.text), heading: true };
    }
  }
  return undefined;
}

/** "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A sentence cut at a word boundary to one line of the draft. */
function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= MAX_QUOTE) return t.replace(/[.:;]$/, '');
  const cut = t.slice(0, MAX_QUOTE);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}...`;
}
