// Property tests of `draft --update` on real drafts (a fixture repository at two commits), with random human
// edits anywhere: between blocks and inside them, with LF or CRLF endings, with or without a final newline.
//
// The oracle is written independently of src/update: it knows which blocks the edits touched (it made them),
// and finds blocks with a plain line scan (the edits never write a marker or a code fence, so no parser is
// needed). With E the edited draft, F the fresh draft and U = updateDraft(E, F).text:
//   (1) survival: U without its flag lines equals E*, where E* is E with the draft header line replaced by F's
//       and each block the edits did not touch replaced by F's block of the same id. So every line outside
//       untouched blocks, and every edited block, is in U byte-for-byte, in order, with its line ending.
//       Flag lines are the `todo: Not found again ...` lines, and stand only right above a refreshed block.
//   (2) idempotence: updateDraft(U, F).text === U.
//   (3) merge: merge(U, --allow-todo) === merge(E*, --allow-todo), and the todos merge lists for U are those
//       it lists for E* plus exactly the flag lines.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeDraft } from '../../src/merge.js';
import { updateDraft } from '../../src/update.js';
import type { FixtureRepo } from '../helpers/fixture-repo.js';
import { rocketAtTwoCommits } from '../helpers/rocket-drafts.js';

let repo: FixtureRepo;
let before: string;
let after: string;

beforeAll(async () => {
  ({ repo, before, after } = await rocketAtTwoCommits());
});
afterAll(() => repo.cleanup());

interface Line {
  text: string;
  eol: string;
}

const BEGIN = /^<!-- selfassess:begin (\S+) sha256=[0-9a-f]{12} -->$/;
const END = /^<!-- selfassess:end (\S+) -->$/;
const HEADER = /^<!-- selfassess:draft /;
const FLAG = /^todo: Not found again /;

function splitKeep(text: string): Line[] {
  const out: Line[] = [];
  const re = /([^\r\n]*)(\r\n|\n|$)/g;
  for (let m = re.exec(text); m !== null && m.index < text.length; m = re.exec(text)) {
    out.push({ text: m[1] as string, eol: m[2] as string });
    if (m[2] === '') break;
  }
  return out;
}

function join(lines: readonly Line[]): string {
  return lines.map((l) => l.text + l.eol).join('');
}

interface Span {
  id: string;
  begin: number;
  end: number;
}

function blocksIn(lines: readonly Line[]): Span[] {
  const spans: Span[] = [];
  let open: { id: string; begin: number } | undefined;
  lines.forEach((l, i) => {
    const b = BEGIN.exec(l.text);
    if (b) open = { id: b[1] as string, begin: i };
    const e = END.exec(l.text);
    if (e && open && e[1] === open.id) {
      spans.push({ ...open, end: i });
      open = undefined;
    }
  });
  return spans;
}

// What a human types: prose, list items, their own references and todos, table rows, headings, indented text,
// blank lines. Never a selfassess marker or a code fence (those change which lines are blocks: see the
// hostile tests).
const humanLine = fc.oneof(
  fc.constantFrom(
    '',
    'A line a human wrote.',
    '* Our own statement.',
    '  reference: docs/ours.md:3',
    'reference: https://example.org/ours',
    'todo: ask the team',
    '| Extra | row |',
    '**Bold lead**',
    '### Our subsection',
    '    indented text',
    '    reference: indented',
    '> quoted',
    '1. numbered',
    '   ',
  ),
  fc.stringMatching(/^[A-Za-z0-9 .,:*|#>()-]{0,40}$/),
);

type Edit =
  | { op: 'insert'; at: number; text: string }
  | { op: 'replace'; at: number; text: string }
  | { op: 'append'; at: number; text: string }
  | { op: 'delete'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: humanLine }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: humanLine }),
  fc.record({ op: fc.constant('append' as const), at: fc.nat(), text: humanLine }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
);

interface Scenario {
  edits: Edit[];
  crlf: boolean;
  finalNewline: boolean;
}

const scenario: fc.Arbitrary<Scenario> = fc.record({
  edits: fc.array(edit, { maxLength: 8 }),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
});

/** Applies the edits to the base draft's lines. Marker and header lines are the tool's: an edit aimed at one
 * becomes an insertion before it. */
function applyEdits(base: string, s: Scenario) {
  const texts = base.replace(/\n$/, '').split('\n');
  for (const e of s.edits) {
    const at = e.at % (texts.length + 1);
    const target = texts[at];
    const toolLine = target === undefined || BEGIN.test(target) || END.test(target) || HEADER.test(target);
    if (e.op === 'insert' || toolLine) {
      if (e.op !== 'delete') texts.splice(at, 0, e.text);
    } else if (e.op === 'replace') texts[at] = e.text;
    else if (e.op === 'append') texts[at] = `${target}${e.text}`;
    else texts.splice(at, 1);
  }
  const eol = s.crlf ? '\r\n' : '\n';
  const lines = texts.map((text) => ({ text, eol }));
  const last = lines[lines.length - 1];
  if (last && !s.finalNewline) last.eol = '';
  return lines;
}

/**
 * E*: the edited draft with F's header, and F's version of each block the edits left as generated. A block
 * F no longer has while it has the section's todo block (`<id>.todo`) goes when the edits left it as
 * generated (its facts are flagged; the blank line after it goes too when the todo block follows it); so does
 * a todo block F no longer has. A statements block F has and the draft lacks goes right before the section's
 * todo block (after a blank line when a human's line precedes it).
 */
function expected(edited: Line[], fresh: string): Line[] {
  const freshLines = splitKeep(fresh);
  const freshBlocks = new Map(blocksIn(freshLines).map((b) => [b.id, b]));
  const baseBlocks = new Map(blocksIn(splitKeep(before)).map((b) => [b.id, b]));
  const baseLines = splitKeep(before);
  const contentOf = (lines: Line[], b: Span) => lines.slice(b.begin + 1, b.end).map((l) => l.text);
  const out: Line[] = [];
  const editedSpans = blocksIn(edited);
  const spans = new Map(editedSpans.map((b) => [b.begin, b]));
  const editedIds = new Set(editedSpans.map((b) => b.id));
  const eol = edited[0]?.eol || '\n';
  const blockText = (b: Span) => freshLines.slice(b.begin, b.end + 1).map((l) => l.text);
  for (let i = 0; i < edited.length; i++) {
    const line = edited[i] as Line;
    if (HEADER.test(line.text)) {
      out.push({ text: (freshLines.find((l) => HEADER.test(l.text)) as Line).text, eol: line.eol });
      continue;
    }
    const span = spans.get(i);
    const base = span && baseBlocks.get(span.id);
    const next = span && freshBlocks.get(span.id);
    const section = span?.id.replace(/\.todo$/, '');
    const newStatements =
      span && section !== span.id && !editedIds.has(section as string) && freshBlocks.get(section as string);
    if (newStatements) {
      if ((edited[i - 1]?.text ?? '').trim() !== '') out.push({ text: '', eol });
      for (const text of blockText(newStatements)) out.push({ text, eol });
      out.push({ text: '', eol });
    }
    const untouched =
      span && base && contentOf(edited, span).join('\n') === contentOf(baseLines, base).join('\n');
    if (span && untouched && !next) {
      const isTodo = span.id.endsWith('.todo');
      if (isTodo || freshBlocks.has(`${span.id}.todo`)) {
        const following = edited[span.end + 1];
        const todoFollows = BEGIN.exec(edited[span.end + 2]?.text ?? '')?.[1] === `${span.id}.todo`;
        if (following?.text.trim() === '' && (isTodo || todoFollows)) i = span.end + 1;
        else if (following && following.text.trim() !== '' && !isTodo) {
          // A blank line keeps the flags off the human's line that follows.
          out.push({ text: '', eol: (edited[span.end] as Line).eol });
          i = span.end;
        } else if (!following && isTodo && out.at(-1)?.text.trim() === '') {
          out.pop();
          i = span.end;
        } else i = span.end;
        const last = out.at(-1);
        if (i >= edited.length - 1 && last && edited.at(-1)?.eol === '') last.eol = '';
        continue;
      }
    }
    if (span && base && next) {
      if (untouched) {
        const eol = line.eol;
        const replacement = freshLines.slice(next.begin, next.end + 1).map((l) => ({ text: l.text, eol }));
        (replacement[replacement.length - 1] as Line).eol = (edited[span.end] as Line).eol;
        out.push(...replacement);
        i = span.end;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

const RUNS = 150;

describe('draft --update properties (real drafts, random human edits)', () => {
  it('(1) keeps every human line and edited block byte-for-byte; untouched blocks become the fresh ones', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const edited = applyEdits(before, s);
        const u = updateDraft(join(edited), after).text;
        const uLines = splitKeep(u);
        const withoutFlags = uLines.filter((l) => !FLAG.test(l.text));
        expect(join(withoutFlags)).toBe(join(expected(edited, after)));
        // Flags stand only in runs right above a begin marker, or where a block they quote was removed.
        uLines.forEach((l, i) => {
          if (!FLAG.test(l.text)) return;
          let j = i;
          while (FLAG.test(uLines[j]?.text ?? '')) j++;
          expect(uLines[j]?.text).toMatch(/^<!-- selfassess:begin |^[ \t]*$/);
        });
      }),
      { numRuns: RUNS },
    );
  });

  it('(2) is idempotent', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const once = updateDraft(join(applyEdits(before, s)), after).text;
        expect(updateDraft(once, after).text).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });

  it('(3) merge after update equals merge of the edited draft with the refreshed blocks', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const edited = applyEdits(before, s);
        const u = updateDraft(join(edited), after).text;
        const star = join(expected(edited, after));
        expect(mergeDraft(u, { allowTodo: true }).text).toBe(mergeDraft(star, { allowTodo: true }).text);
        const todos = (text: string) =>
          mergeDraft(text, { allowTodo: false }).remainingTodos.map((t) => t.text);
        const flags = splitKeep(u)
          .map((l) => l.text)
          .filter((t) => FLAG.test(t));
        expect(todos(u).sort()).toEqual([...todos(star), ...flags].sort());
      }),
      { numRuns: RUNS },
    );
  });

  it('has scenarios that exercise both sides: flags appear, and edited blocks are kept', () => {
    // Without edits, the update flags the Slack channel and the old contact; with an edit inside the
    // channels block, that block is kept and its flag is not written.
    const plain = updateDraft(before, after);
    expect(plain.report.flagged.length).toBe(2);
    const inside = before.replace('* Slack #rocket', '* Slack #rocket (our main channel)');
    const kept = updateDraft(inside, after);
    expect(kept.report.gone).toEqual([
      { id: 'secure-development-practices/communication-channels', line: expect.any(Number), edited: true },
    ]);
    expect(kept.report.flagged.length).toBe(1);
    // Blocks are removed and added too: the channels block (its facts gone), the adopters (new evidence).
    expect(plain.report.removed.map((r) => r.id)).toEqual([
      'secure-development-practices/communication-channels',
    ]);
    expect(plain.report.added.length).toBeGreaterThan(0);
  });
});
