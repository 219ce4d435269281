// The maintainers' answers as facts with confidence 'declared', citing the answers file's line, so the draft,
// gaps and insights all see them. An answer the observed evidence contradicts keeps what the files show in
// its `contradiction`: the draft shows both, and gaps keeps the observed verdict.
import { ANSWERS_FILE } from '../catalogue/answers.js';
import { ospsControl } from '../catalogue/osps-controls.js';
import { type AnyFact, fact, type Ref } from '../evidence/model.js';
import { evaluateObserved, impliedStatus, observedOnly, snapshotContext } from '../gaps/evaluate.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import type { Answers } from './load.js';

export function declaredFacts(answers: Answers, snapshot: Snapshot, observed: readonly AnyFact[]): AnyFact[] {
  const ref = (line: number): Ref =>
    answers.inRepository ? snapshot.ref(ANSWERS_FILE, line) : { path: answers.path, line };
  const ctx = observedOnly(
    snapshotContext({ snapshot: snapshot.identity, facts: [...observed], unknowns: [] }, snapshot),
  );
  const facts: AnyFact[] = [];
  for (const a of answers.values) {
    const implied = impliedStatus(a.value);
    const contradiction = a.key.controls
      .map((id) => ospsControl(id))
      .map((c) => (c ? evaluateObserved(c, ctx) : undefined))
      .find((e) => e && e.status !== 'unknown' && e.status !== implied);
    const statement = implied === 'met' ? a.key.declares : a.key.denies;
    facts.push(
      fact(
        'declared.answer',
        a.key.section,
        {
          key: a.key.key,
          value: a.value,
          statement,
          justification: a.justification,
          ...(contradiction?.found ? { contradiction: contradiction.found } : {}),
        },
        [ref(a.line), ...(contradiction?.refs.slice(0, 2) ?? [])],
        'declared',
        a.key.key,
      ),
    );
  }
  answers.channels.forEach((c, i) => {
    facts.push(
      fact(
        'channels.channel',
        'secure-development-practices/communication-channels',
        {
          type: c.type,
          service: c.service,
          name: c.name,
          audience: c.audience,
          ...(c.url && !/^mailto:/i.test(c.url) ? { url: c.url } : {}),
          ...(c.url && /^mailto:/i.test(c.url) ? { address: c.url.replace(/^mailto:/i, '') } : {}),
        },
        [ref(c.line)],
        'declared',
        `declared-${i}`,
      ),
    );
  });
  return facts;
}
