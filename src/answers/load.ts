// The maintainers' answers file (.selfassess.yml at the repository root, or --answers FILE): read, bounded and
// validated against the closed set of keys in src/catalogue/answers.ts. The file is untrusted input like the
// rest of the repository: size-capped, parsed with the bounded YAML reader (alias bombs refused), and every
// problem is a UserError naming the file, the line and the field (the CLI exits 2). Format: docs/answers.md.
import { readFileSync, statSync } from 'node:fs';
import {
  ANSWER_KEYS,
  ANSWERS_FILE,
  ANSWERS_VERSION,
  type AnswerKey,
  answerKey,
} from '../catalogue/answers.js';
import { CHANNEL_PATTERNS } from '../catalogue/channels.js';
import { UserError } from '../errors.js';
import type { ChannelAudience, ChannelType } from '../evidence/kinds/channels.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import { parseYaml, type YMap, type YNode } from '../yaml/parse.js';

/** An answers file larger than this is refused (a real one is a few hundred bytes). */
export const MAX_ANSWERS_BYTES = 64 * 1024;
/** Longest justification kept (a sentence or two). */
export const MAX_JUSTIFICATION = 500;
/** Most channels one file may declare. */
export const MAX_CHANNELS = 50;

export interface DeclaredValue {
  key: AnswerKey;
  value: boolean | number;
  justification: string;
  line: number;
}

export interface DeclaredChannel {
  name: string;
  url?: string;
  type: ChannelType;
  /** The service, from the link when the channel catalogue knows its host ("Kubernetes Slack"). */
  service: string;
  audience: ChannelAudience;
  justification?: string;
  line: number;
}

export interface Answers {
  /** The path as cited: `.selfassess.yml` inside the repository, else the path the user gave. */
  path: string;
  /** The file is the repository's own (references get the snapshot's permalinks). */
  inRepository: boolean;
  values: DeclaredValue[];
  channels: DeclaredChannel[];
}

const TOP_LEVEL = ['version', 'answers'] as const;
const AUDIENCES: readonly ChannelAudience[] = ['internal', 'inbound', 'outbound'];
const CHANNEL_TYPES: readonly ChannelType[] = [
  'slack',
  'discord',
  'gitter',
  'matrix',
  'zulip',
  'mailing-list',
  'github-discussions',
  'issue-tracker',
  'twitter',
  'mastodon',
  'bluesky',
  'linkedin',
  'youtube',
  'blog',
  'meeting',
];
const CHANNEL_FIELDS = ['name', 'url', 'type', 'audience', 'justification'];
const ANSWER_FIELDS = ['value', 'justification'];

/**
 * The answers that apply: `file` when given (--answers), else the repository's .selfassess.yml, else none.
 * Throws UserError for a file that is missing (when named), too large or malformed.
 */
export function loadAnswers(snapshot: Snapshot, file?: string): Answers | undefined {
  if (file) {
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) throw new UserError(`${file} is not a file; pass the path of an answers file`);
      size = st.size;
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(
        `cannot read the answers file ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      );
    }
    if (size > MAX_ANSWERS_BYTES)
      throw new UserError(`${file}: larger than ${MAX_ANSWERS_BYTES} bytes; an answers file is a short list`);
    return parseAnswers(file, readFileSync(file, 'utf8'), false);
  }
  if (!snapshot.has(ANSWERS_FILE)) return undefined;
  const indexed = snapshot.file(ANSWERS_FILE);
  if (indexed && indexed.size > MAX_ANSWERS_BYTES)
    throw new UserError(
      `${ANSWERS_FILE}: larger than ${MAX_ANSWERS_BYTES} bytes; an answers file is a short list`,
    );
  const text = snapshot.read(ANSWERS_FILE);
  // Unreadable (not UTF-8, a symlink): the snapshot records the skip; nothing is declared.
  if (text === undefined) return undefined;
  return parseAnswers(ANSWERS_FILE, text, true);
}

/** Validates the text of an answers file. Throws UserError naming `path:line` and the field. */
export function parseAnswers(path: string, text: string, inRepository: boolean): Answers {
  if (Buffer.byteLength(text) > MAX_ANSWERS_BYTES)
    throw new UserError(`${path}: larger than ${MAX_ANSWERS_BYTES} bytes; an answers file is a short list`);
  const fail = (line: number, field: string, problem: string): never => {
    throw new UserError(`${path}:${line}: ${field}: ${problem}; see docs/answers.md`);
  };
  const parsed = parseYaml(path, text);
  if (!parsed.ok) fail(parsed.problem.line ?? 1, 'YAML', parsed.problem.message);
  const docs = parsed.ok ? parsed.file.documents : [];
  if (docs.length > 1) fail(2, 'YAML', 'one document expected, found several (---)');
  const root = docs[0];
  if (root?.kind !== 'map' || root.entries.length === 0)
    return fail(root?.line ?? 1, 'file', 'expected a mapping with `version: 1` and `answers:`');
  rejectUnknownAndDuplicates(root, TOP_LEVEL, '', fail);

  const version = root.entries.find((e) => e.key === 'version');
  if (!version) return fail(root.line, 'version', `missing; write \`version: ${ANSWERS_VERSION}\``);
  if (version.value.kind !== 'scalar' || version.value.text !== String(ANSWERS_VERSION))
    return fail(version.keyLine, 'version', `expected ${ANSWERS_VERSION}`);

  const answersEntry = root.entries.find((e) => e.key === 'answers');
  const answers: Answers = { path, inRepository, values: [], channels: [] };
  if (!answersEntry) return answers;
  const map = answersEntry.value;
  if (map.kind === 'scalar' && map.text === '') return answers;
  if (map.kind !== 'map')
    return fail(answersEntry.keyLine, 'answers', 'expected a mapping of keys to answers');
  rejectUnknownAndDuplicates(
    map,
    ANSWER_KEYS.map((k) => k.key),
    'answers.',
    fail,
  );

  for (const e of map.entries) {
    const key = answerKey(e.key) as AnswerKey;
    const field = `answers.${e.key}`;
    if (key.type === 'channels') {
      answers.channels.push(...readChannels(e.value, e.keyLine, field, fail));
      continue;
    }
    if (e.value.kind !== 'map')
      return fail(e.keyLine, field, 'expected `{ value: ..., justification: "..." }`');
    rejectUnknownAndDuplicates(e.value, ANSWER_FIELDS, `${field}.`, fail);
    const value = e.value.entries.find((x) => x.key === 'value');
    if (!value) return fail(e.keyLine, `${field}.value`, 'missing');
    const parsedValue = readValue(key, value.value);
    if (parsedValue === undefined)
      return fail(
        value.keyLine,
        `${field}.value`,
        key.type === 'count' ? 'expected a whole number from 0 to 100' : 'expected true or false',
      );
    const justification = readJustification(e.value, `${field}.justification`, e.keyLine, fail, true);
    answers.values.push({ key, value: parsedValue, justification: justification ?? '', line: e.keyLine });
  }
  return answers;
}

type Fail = (line: number, field: string, problem: string) => never;

function rejectUnknownAndDuplicates(map: YMap, allowed: readonly string[], prefix: string, fail: Fail): void {
  const seen = new Set<string>();
  for (const e of map.entries) {
    if (!allowed.includes(e.key)) {
      const close = suggestion(e.key, allowed);
      fail(
        e.keyLine,
        `${prefix}${e.key}`,
        `unknown key${close ? `; did you mean \`${close}\`?` : `; expected one of ${allowed.join(', ')}`}`,
      );
    }
    if (seen.has(e.key)) fail(e.keyLine, `${prefix}${e.key}`, 'given twice');
    seen.add(e.key);
  }
}

function readValue(key: AnswerKey, node: YNode): boolean | number | undefined {
  if (node.kind !== 'scalar' || node.block) return undefined;
  const t = node.text.trim();
  if (key.type === 'boolean') return t === 'true' ? true : t === 'false' ? false : undefined;
  if (!/^\d{1,3}$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 100 ? n : undefined;
}

function readJustification(
  map: YMap,
  field: string,
  line: number,
  fail: Fail,
  required: boolean,
): string | undefined {
  const e = map.entries.find((x) => x.key === 'justification');
  if (!e)
    return required
      ? fail(line, field, 'missing; say how you know (e.g. "GitHub ruleset on main")')
      : undefined;
  if (e.value.kind !== 'scalar') return fail(e.keyLine, field, 'expected text');
  const text = e.value.text.replace(/\s+/g, ' ').trim();
  if (required && text === '') return fail(e.keyLine, field, 'empty; say how you know');
  if (text.length > MAX_JUSTIFICATION)
    return fail(e.keyLine, field, `longer than ${MAX_JUSTIFICATION} characters`);
  return text;
}

function readChannels(node: YNode, line: number, field: string, fail: Fail): DeclaredChannel[] {
  if (node.kind !== 'seq') return fail(line, field, 'expected a list of `{ name, url, audience }`');
  if (node.items.length > MAX_CHANNELS) return fail(line, field, `more than ${MAX_CHANNELS} channels`);
  return node.items.map((item, i) => {
    const at = `${field}[${i}]`;
    if (item.kind !== 'map') return fail(item.line, at, 'expected `{ name, url, audience }`');
    rejectUnknownAndDuplicates(item, CHANNEL_FIELDS, `${at}.`, fail);
    const text = (key: string): { text: string; line: number } | undefined => {
      const e = item.entries.find((x) => x.key === key);
      if (!e) return undefined;
      if (e.value.kind !== 'scalar' || e.value.block) return fail(e.keyLine, `${at}.${key}`, 'expected text');
      return { text: e.value.text.trim(), line: e.keyLine };
    };
    const name = text('name');
    if (!name || name.text === '') return fail(item.line, `${at}.name`, 'missing');
    if (name.text.length > 200) return fail(name.line, `${at}.name`, 'longer than 200 characters');
    const audience = text('audience');
    if (!audience) return fail(item.line, `${at}.audience`, `missing; one of ${AUDIENCES.join(', ')}`);
    if (!AUDIENCES.includes(audience.text as ChannelAudience))
      return fail(audience.line, `${at}.audience`, `expected one of ${AUDIENCES.join(', ')}`);
    const url = text('url');
    if (url && !/^(https?:\/\/|mailto:)[^\s<>]{1,500}$/i.test(url.text))
      return fail(url.line, `${at}.url`, 'expected an https://, http:// or mailto: link');
    const type = text('type');
    if (type && !CHANNEL_TYPES.includes(type.text as ChannelType))
      return fail(type.line, `${at}.type`, `expected one of ${CHANNEL_TYPES.join(', ')}`);
    const justification = readJustification(item, `${at}.justification`, item.line, fail, false);
    const known = url ? knownChannel(url.text) : undefined;
    const kind =
      (type?.text as ChannelType | undefined) ??
      known?.type ??
      (/^mailto:/i.test(url?.text ?? '') || name.text.includes('@') ? 'mailing-list' : undefined);
    if (!kind)
      return fail(
        item.line,
        `${at}.type`,
        `cannot tell the kind of channel from its link; add \`type:\` (one of ${CHANNEL_TYPES.join(', ')})`,
      );
    return {
      name: name.text,
      type: kind,
      service: known?.service ?? '',
      audience: audience.text as ChannelAudience,
      line: item.line,
      ...(url ? { url: url.text } : {}),
      ...(justification ? { justification } : {}),
    };
  });
}

/** The channel catalogue's reading of a link: its type and service, when it knows the host. */
function knownChannel(url: string): { type: ChannelType; service: string } | undefined {
  const bare = url.replace(/^[a-z]+:\/\//i, '');
  const host = bare.split(/[/?#]/)[0] ?? '';
  const p = CHANNEL_PATTERNS.find((c) => c.pattern.test(bare));
  return p ? { type: p.type, service: p.service.replace('$host', host) } : undefined;
}

/** The allowed word closest to `word` (edit distance ≤ 3, or a prefix), for "did you mean". */
export function suggestion(word: string, allowed: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const w = word.toLowerCase().slice(0, 64);
  for (const a of allowed) {
    const d = a.startsWith(w) || w.startsWith(a) ? 1 : distance(w, a);
    if (d < bestDistance) {
      bestDistance = d;
      best = a;
    }
  }
  return bestDistance <= 3 ? best : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return row[b.length] as number;
}
