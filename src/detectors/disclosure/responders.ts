// Security issue resolution › Vulnerability response: who responds to a report. A named body (the "Harbor
// Security Team", a "Product Security Committee"), the maintainers, a coordinator assigned per report, and
// the members listed (an @handle list in the policy, or a SECURITY_CONTACTS file).
import type { List, RootContent } from 'mdast';
import { toString as mdToString } from 'mdast-util-to-string';
import {
  COORDINATOR,
  LOWER_TEAM_NAME,
  MAINTAINERS_RECEIVE,
  TEAM_NAME,
} from '../../catalogue/disclosure-phrases.js';
import { policyProse, policySources } from '../../disclosure/sources.js';
import type { Responder } from '../../evidence/kinds/disclosure.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-issue-resolution/vulnerability-response-process' as const;
const MAX_MEMBERS = 8;

/** A list item that names a person: `@handle`, `Name (@handle)`, `Name <address>`, `Name, Company`. */
const MEMBER =
  /^(?:@[\w-]{1,39}|[\p{L}.' -]{2,60}\s*(?:\(@?[\w-]{1,39}\)|<[^>\s]+@[^>\s]+>|\[@?[\w-]{1,39}\]\([^)]*\)))(?:\s*[,(–-].{0,80})?$/u;
/** Paragraphs or headings over such a list. */
const MEMBERS_INTRO =
  /\bmembers?\b|\bcontacts?\b|\bteam\b|\bindividuals\b|\bthis list\b|\bcommittee\b|\bpeople\b/i;

export const respondersDetector = defineDetector({
  id: 'responders',
  section: SECTION,
  reads: ['SECURITY.md', 'SECURITY_CONTACTS', 'docs/**/security-release-process.md'],
  detect(snapshot) {
    const found: { value: Responder; refs: Ref[] }[] = [];
    const names = new Map<string, { count: number; ref: Ref; maintainers: boolean }>();
    let maintainers: Ref | undefined;
    let coordinator: Ref | undefined;
    for (const source of policyProse(snapshot)) {
      for (const s of source.sentences) {
        const name = teamName(s.text);
        if (name) {
          const n = names.get(name) ?? {
            count: 0,
            ref: snapshot.ref(source.path, s.line),
            maintainers: false,
          };
          n.count++;
          if (
            /\bmaintainers?\b|\bcommitters?\b/i.test(s.text) &&
            /\b(?:made up|consist|composed|comprise|members)\b/i.test(s.text)
          )
            n.maintainers = true;
          names.set(name, n);
        }
        if (!maintainers && MAINTAINERS_RECEIVE.test(s.text)) maintainers = snapshot.ref(source.path, s.line);
        if (!coordinator && COORDINATOR.test(s.text)) coordinator = snapshot.ref(source.path, s.line);
      }
    }
    const team = pickName(names);
    if (team)
      found.push({
        value: { role: 'team', name: team.name, ofMaintainers: team.maintainers },
        refs: [team.ref],
      });
    else if (maintainers) found.push({ value: { role: 'maintainers' }, refs: [maintainers] });
    if (coordinator) found.push({ value: { role: 'coordinator' }, refs: [coordinator] });
    const members = memberList(snapshot);
    if (members)
      found.push({
        value: {
          role: 'contacts',
          members: members.names.slice(0, MAX_MEMBERS),
          total: members.names.length,
        },
        refs: [members.ref],
      });
    const facts: AnyFact[] = found.map((f) => ({
      ...fact('disclosure.responder', SECTION, f.value, f.refs, 'stated', f.value.role),
      topic: 'Who responds',
    }));
    return { facts, unknowns: [] };
  },
});

function teamName(text: string): string | undefined {
  const proper = TEAM_NAME.exec(text)?.[1];
  if (proper) return proper.replace(/^(?:The|Our|A|An|Please|Contact|Email|To)\s+/, '').trim();
  const plain = LOWER_TEAM_NAME.exec(text)?.[1];
  return plain?.toLowerCase();
}

/** The most named body; a longer name that contains a shorter one ("Harbor Security Team") takes its count. */
function pickName(
  names: Map<string, { count: number; ref: Ref; maintainers: boolean }>,
): { name: string; ref: Ref; maintainers: boolean } | undefined {
  const entries = [...names.entries()];
  let best: { name: string; score: number; ref: Ref; maintainers: boolean } | undefined;
  for (const [name, n] of entries) {
    const lower = name.toLowerCase();
    const related = entries.filter(
      ([other]) => lower.endsWith(other.toLowerCase()) || other.toLowerCase().endsWith(lower),
    );
    const score = related.reduce((sum, [, x]) => sum + x.count, 0) + name.split(' ').length / 10;
    const maintainers = related.some(([, x]) => x.maintainers);
    if (!best || score > best.score) best = { name, score, ref: n.ref, maintainers };
  }
  return best;
}

/** People listed as the security contacts: a SECURITY_CONTACTS file, or a list of people in the policy. */
function memberList(snapshot: Snapshot): { names: string[]; ref: Ref } | undefined {
  for (const s of policySources(snapshot)) {
    if (s.role === 'security-contacts') {
      const text = snapshot.read(s.path);
      if (text === undefined) continue;
      const lines = text.split('\n');
      const names: string[] = [];
      let first: number | undefined;
      lines.forEach((l, i) => {
        const t = l.replace(/^\s*[-*]\s*/, '').trim();
        if (!t || t.startsWith('#') || t.startsWith('<!--')) return;
        if (/^@?[\w-]{1,39}$/.test(t) || MEMBER.test(t)) {
          names.push(t);
          first ??= i + 1;
        }
      });
      if (names.length > 0) return { names, ref: snapshot.ref(s.path, first) };
      continue;
    }
    const doc = snapshot.markdown(s.path);
    if (!doc) continue;
    const nodes = doc.tree.children;
    for (let i = 1; i < nodes.length; i++) {
      const node = nodes[i] as RootContent;
      if (node.type !== 'list') continue;
      const intro = mdToString(nodes[i - 1] as RootContent);
      if (!MEMBERS_INTRO.test(intro)) continue;
      const items = (node as List).children.map((li) => mdToString(li).replace(/\s+/g, ' ').trim());
      if (items.length > 0 && items.length <= 40 && items.every((t) => MEMBER.test(t)))
        return { names: items.map(shortMember), ref: snapshot.ref(s.path, node.position?.start.line) };
    }
  }
  return undefined;
}

/** `Jane Doe (@jdoe), Acme` → `Jane Doe (@jdoe)`; `Jane <jane@x.org>` stays. */
function shortMember(item: string): string {
  return item.replace(/\s*[,–-]\s.*$/, '').trim();
}
