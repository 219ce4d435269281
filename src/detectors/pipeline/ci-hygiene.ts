// Development pipeline: GitHub Actions hygiene, each finding with the exact line — top-level token
// `permissions:` (set, absent, write-all), third-party actions pinned by commit SHA or by a movable tag,
// `pull_request_target`/`workflow_run` workflows that check out the pull request's code, and untrusted
// `${{ github.event.* }}` data expanded inside `run:` scripts (the patterns OpenSSF Scorecard's
// Token-Permissions, Pinned-Dependencies and Dangerous-Workflow checks look for).

import { type Workflow, workflowsOf } from '../../ci/workflows.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/development-pipeline' as const;
const TOPIC = 'CI hygiene';

/** Event data an outsider controls (Scorecard's list): titles, bodies, branch names, commit messages, emails. */
const UNTRUSTED =
  /\bgithub\.(?:event\.(?:issue\.(?:title|body)|pull_request\.(?:title|body|head\.ref|head\.label|head\.repo\.default_branch)|comment\.body|review\.body|review_comment\.body|discussion\.(?:title|body)|pages\.[^.\s]*\.?page_name|commits\.[^\s}]*\.(?:message|author\.(?:email|name))|head_commit\.(?:message|author\.(?:email|name))|workflow_run\.(?:head_branch|head_commit\.(?:message|author\.(?:email|name))|display_title)|release\.(?:name|body))|head_ref)\b/;
const EXPRESSION = /\$\{\{\s*([^}]*?)\s*\}\}/g;
/** A checkout of the pull request's code (its head ref or sha, or refs/pull/N/merge). */
const PR_HEAD =
  /github\.event\.(?:pull_request\.head\.(?:sha|ref)|workflow_run\.head_(?:sha|branch))|github\.head_ref|refs\/pull\//;
const SHA = /@[0-9a-f]{40}$/i;

export const ciHygieneDetector = defineDetector({
  id: 'ci-hygiene',
  section: SECTION,
  reads: ['.github/workflows/*', '.github/actions/**/action.yml'],
  detect(snapshot) {
    const all = workflowsOf(snapshot).workflows;
    const workflows = all.filter((w) => w.kind === 'workflow');
    if (workflows.length === 0) return { facts: [], unknowns: [] };
    const facts: AnyFact[] = [];
    const tag = <T extends AnyFact>(f: T): T => ({ ...f, topic: TOPIC });

    // Token permissions.
    const withTop = workflows.filter((w) => w.permissions);
    const writeAll = workflows.filter(
      (w) => w.permissions?.kind === 'write-all' || w.jobs.some((j) => j.permissions?.kind === 'write-all'),
    );
    const unrestricted = workflows.filter(
      (w) => !w.permissions && w.jobs.some((j) => !j.permissions && !j.uses),
    );
    const permRefs: Ref[] = [
      ...writeAll.map((w) => lineOfWriteAll(w)),
      ...unrestricted.map((w) => ({ path: w.path, line: 1 })),
      ...withTop.map((w) => ({ path: w.path, line: w.permissions?.line ?? 1 })),
    ]
      .slice(0, 3)
      .map((r) => snapshot.ref(r.path, r.line));
    facts.push(
      tag(
        fact(
          'pipeline.workflow-permissions',
          SECTION,
          {
            workflows: workflows.length,
            topLevel: withTop.length,
            writeAll: writeAll.length,
            unrestricted: unrestricted.length,
          },
          permRefs,
          'observed',
        ),
      ),
    );

    // Pinning of external actions.
    let total = 0;
    let pinned = 0;
    const unpinned = new Map<string, { path: string; line: number }>();
    for (const w of all) {
      for (const job of w.jobs) {
        const uses = [...(job.uses ? [job.uses] : []), ...job.steps.flatMap((s) => (s.uses ? [s.uses] : []))];
        for (const u of uses) {
          const v = u.value.trim();
          if (v.startsWith('./') || v.startsWith('docker://') || !v.includes('@')) continue;
          total++;
          if (SHA.test(v)) pinned++;
          else {
            const action = v.replace(/@.*$/, '').toLowerCase();
            if (!unpinned.has(action)) unpinned.set(action, { path: w.path, line: u.line });
          }
        }
      }
    }
    if (total > 0) {
      const refs = [...unpinned.values()].slice(0, 3).map((r) => snapshot.ref(r.path, r.line));
      facts.push(
        tag(
          fact(
            'pipeline.action-pinning',
            SECTION,
            { total, pinned, unpinnedActions: unpinned.size },
            refs,
            'observed',
          ),
        ),
      );
    }

    // pull_request_target / workflow_run with a checkout of the pull request's code.
    for (const w of workflows) {
      const trigger = w.triggers.find((t) => t.event === 'pull_request_target' || t.event === 'workflow_run');
      if (!trigger) continue;
      const checkout = w.jobs
        .flatMap((j) => j.steps)
        .find(
          (s) =>
            /^actions\/checkout@/i.test(s.uses?.value ?? '') && PR_HEAD.test(s.with.get('ref')?.value ?? ''),
        );
      if (!checkout) continue;
      const line = checkout.with.get('ref')?.line ?? checkout.line;
      facts.push(
        tag(
          fact(
            'pipeline.dangerous-trigger',
            SECTION,
            { workflow: w.path, trigger: trigger.event },
            [snapshot.ref(w.path, trigger.line), snapshot.ref(w.path, line)],
            'observed',
            w.path,
          ),
        ),
      );
    }

    // Untrusted expressions inside run: scripts.
    const expressions = new Set<string>();
    const injectionRefs: Ref[] = [];
    const injected = new Set<string>();
    for (const w of all) {
      for (const job of w.jobs) {
        for (const step of job.steps) {
          if (!step.run) continue;
          step.run.text.split('\n').forEach((raw, i) => {
            const text = raw.slice(0, 2_000);
            for (const m of text.matchAll(EXPRESSION)) {
              const expr = m[1] ?? '';
              if (!UNTRUSTED.test(expr)) continue;
              expressions.add(expr);
              injected.add(w.path);
              if (injectionRefs.length < 3)
                injectionRefs.push(snapshot.ref(w.path, (step.run?.firstLine ?? step.line) + i));
            }
          });
        }
      }
    }
    if (injected.size > 0) {
      facts.push(
        tag(
          fact(
            'pipeline.script-injection',
            SECTION,
            { workflows: injected.size, expressions: [...expressions].slice(0, 5) },
            injectionRefs,
            'observed',
          ),
        ),
      );
    }
    return { facts, unknowns: [] };
  },
});

function lineOfWriteAll(w: Workflow): { path: string; line: number } {
  if (w.permissions?.kind === 'write-all') return { path: w.path, line: w.permissions.line };
  const job = w.jobs.find((j) => j.permissions?.kind === 'write-all');
  return { path: w.path, line: job?.permissions?.line ?? 1 };
}
