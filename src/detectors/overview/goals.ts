// Overview › Goals and Non-goals: what the project states as its goals and non-goals (or scope and out of
// scope), from the README and other root documents (not policies), docs named goals/scope/charter/vision,
// and overview/introduction/architecture pages with such a heading. Design proposals' goals are a feature's, not the project's: docs under proposals/,
// design/, keps/ and rfcs/ are not read. One fact per sentence (the first of each item or paragraph), capped.
import { GOALS_DOC, GOALS_HEADING, MAX_GOALS, NON_GOALS_HEADING } from '../../catalogue/overview.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import { projectDocs } from '../../overview/docs.js';
import { clip, headingKey } from '../../overview/markdown.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const NOT_PROJECT_GOALS = /\/(?:proposals?|design|keps?|rfcs?|adrs?|enhancements)\//i;
/** Documents about the project as a whole, where a Goals or Scope heading is the project's. */
const PROJECT_DOC = /(?:^|\/)(?:README|overview|introduction|about|architecture|index|_index)\.md$/i;
/** Policies and process documents: their "Scope" is the policy's ("This policy applies to ..."). */
const POLICY_DOC =
  /polic(?:y|ies)|process|security|contributing|governance|code[-_]of[-_]conduct|maintainers|support|release/i;

export const goalsDetector = defineDetector({
  id: 'goals',
  section: 'overview/goals',
  reads: ['README.md', '{GOALS,SCOPE,CHARTER,VISION}.md', 'docs/{goals,scope,non-goals,charter,vision}.md'],
  detect(snapshot) {
    // A feature's guide ("Out of scope" of docs/cel-engine.md) and a policy's scope are not the project's.
    const docs = projectDocs(snapshot).filter(
      (p) =>
        (GOALS_DOC.test(p) || ((!p.includes('/') || PROJECT_DOC.test(p)) && !POLICY_DOC.test(p))) &&
        !NOT_PROJECT_GOALS.test(p),
    );
    const goals: AnyFact[] = [];
    const nonGoals: AnyFact[] = [];
    for (const path of docs) {
      const prose = proseOf(snapshot, path);
      if (!prose) continue;
      const wholeDoc = GOALS_DOC.test(path);
      const fileNonGoal = /non-goals/i.test(path);
      for (const s of prose.sentences) {
        const heading = [...s.headings]
          .reverse()
          .map(headingKey)
          .find((h) => GOALS_HEADING.test(h) || NON_GOALS_HEADING.test(h));
        if (!heading && !wholeDoc) continue;
        const nonGoal = heading ? NON_GOALS_HEADING.test(heading) : fileNonGoal;
        const bucket = nonGoal ? nonGoals : goals;
        if (bucket.length >= MAX_GOALS) continue;
        const t = s.text;
        if (/:$/.test(t) || t.split(' ').length < 3 || !/[a-z]{3}/.test(t)) continue;
        // The first sentence of each line-block only: items and paragraphs start on their own line.
        if (bucket.some((f) => f.refs[0]?.path === path && f.refs[0]?.line === s.line)) continue;
        bucket.push(
          fact(
            'overview.goal',
            nonGoal ? 'overview/non-goals' : 'overview/goals',
            { sentence: clip(t), nonGoal, path, ...(heading ? { heading } : {}) },
            [snapshot.ref(path, s.line)],
            'stated',
            `${path}:${s.line}`,
          ),
        );
      }
    }
    return { facts: [...goals, ...nonGoals], unknowns: [] };
  },
});
