// Overview › Actors: how the components talk to each other, where the docs say so: sentences that name a
// way of talking (communicates, connects, watches, calls, streams...) and a protocol or its protection (gRPC,
// TLS, mTLS, HTTPS, NATS...) about components. Architecture docs are read first, then the other docs (a cheap
// line scan, src/text/prose.ts). Quoted, cut short, capped.
import { COMPONENT_WORDS, MAX_TALK_SENTENCES, TALK_PROTOCOLS, TALK_VERBS } from '../../catalogue/overview.js';
import { type AnyFact, fact } from '../../evidence/model.js';
import { architectureDocs, projectDocs } from '../../overview/docs.js';
import { clip } from '../../overview/markdown.js';
import { proseOf } from '../../text/prose.js';
import { defineDetector } from '../detector.js';

const SECTION = 'overview/actors' as const;
const TOPIC = 'How components communicate';
/** Instructions and questions are not statements about the system. */
const NOT_STATEMENT =
  /^(?:to|you|if|run|use|set|see|for example|note|please|make sure|when you)\b|\?$|\byou (?:can|must|should|need)\b/i;
/** A flag or a configuration key being documented ("--stream-enable-tls: Enable TLS", "stream_enable_tls=false"). */
const OPTION_ENTRY = /^(?:-{1,2}[\w-]+|[\w.-]+\s*=\s*\S*|[\w.-]+_[\w.-]+:)/;
const ABOUT_COMPONENTS = /\b(?:components?|between|control plane|data plane)\b/i;
/** Docs about the project's process, not its system. */
const NOT_SYSTEM_DOC =
  /^(?:\.github\/)?(?:CONTRIBUTING|GOVERNANCE|SECURITY|CODE_OF_CONDUCT|MAINTAINERS|ADOPTERS|ROADMAP|SUPPORT)\.md$|\/(?:contributors?|community|proposals?|keps?|rfcs?)\//i;

export const componentCommunicationDetector = defineDetector({
  id: 'component-communication',
  section: SECTION,
  reads: ['docs/**/*.md', '*.md'],
  detect(snapshot) {
    const docs = projectDocs(snapshot).filter((p) => !NOT_SYSTEM_DOC.test(p));
    const arch = architectureDocs(docs);
    const ordered = [...arch, ...docs.filter((p) => !arch.includes(p))];
    // Every document's best sentence, then the best few overall: a sentence about traffic *between*
    // components, over a protected protocol, in an architecture doc says most.
    const candidates: { path: string; line: number; text: string; heading?: string; score: number }[] = [];
    for (const path of ordered) {
      const prose = proseOf(snapshot, path);
      if (!prose) continue;
      let best: (typeof candidates)[number] | undefined;
      for (const s of prose.sentences) {
        const t = s.text;
        if (t.length > 400 || t.includes('|') || !TALK_PROTOCOLS.test(t) || !TALK_VERBS.test(t)) continue;
        if (
          !(COMPONENT_WORDS.test(t) || ABOUT_COMPONENTS.test(t)) ||
          NOT_STATEMENT.test(t) ||
          OPTION_ENTRY.test(t) ||
          /:$/.test(t)
        )
          continue;
        const score =
          (arch.includes(path) ? 2 : 0) +
          (/\bbetween\b/i.test(t) ? 2 : 0) +
          (ABOUT_COMPONENTS.test(t) ? 1 : 0) +
          (/\b(?:m?TLS|gRPC|HTTPS|encrypt\w*)\b/.test(t) ? 1 : 0) -
          (t.split(' ').length > 40 ? 2 : 0);
        if (!best || score > best.score)
          best = {
            path,
            line: s.line,
            text: t,
            score,
            ...(s.headings.length ? { heading: s.headings.at(-1) as string } : {}),
          };
      }
      if (best) candidates.push(best);
    }
    const seen = new Set<string>();
    const facts: AnyFact[] = [];
    for (const c of candidates.sort((a, b) => b.score - a.score)) {
      if (facts.length >= MAX_TALK_SENTENCES) break;
      const key = c.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const f = fact(
        'overview.communication',
        SECTION,
        { sentence: clip(c.text), path: c.path, ...(c.heading ? { heading: c.heading } : {}) },
        [snapshot.ref(c.path, c.line)],
        'stated',
        `${c.path}:${c.line}`,
      );
      f.topic = TOPIC;
      facts.push(f);
    }
    return { facts, unknowns: [] };
  },
});
