// Secure development practices › Communication Channels: chat (Slack, Discord, Gitter, Matrix, Zulip),
// mailing lists, GitHub Discussions, issue trackers, social accounts, blogs and community meetings, found in
// the README, the community files and the issue-template chooser's contact_links. One fact per channel,
// with its audience by the rules in src/catalogue/channels.ts, and every place it appears (up to 3).
//
// Markdown is read by a line scan (cheap, linear, no parse), skipping fenced code. Which links count: in a
// community file every channel link; in the README only those whose line, previous line or heading talks
// about the community (COMMUNITY_WORDS); nowhere under a "Related projects"-style heading.
import {
  audienceOf,
  CADENCES,
  CHANNEL_CONFIG,
  CHANNEL_FILES,
  CHANNEL_PATTERNS,
  COMMUNITY_WORDS,
  LIST_ADDRESS,
  MAX_CHANNEL_FILES,
  MAX_CHANNEL_LINES,
  MAX_CHANNEL_REFS,
  MAX_CHANNELS,
  MEETING_NOTES,
  MEETING_RECORDINGS,
  MEETING_WORDS,
  NOT_OUR_CHANNELS,
  WEEKDAY,
} from '../../catalogue/channels.js';
import type { ChannelAudience, ChannelFact } from '../../evidence/kinds/channels.js';
import { type AnyFact, fact, type Ref, type Unknown } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { asMap, get, list, str, yamlOf } from '../../yaml/parse.js';
import { defineDetector } from '../detector.js';

const SECTION = 'secure-development-practices/communication-channels' as const;
const TOPIC: Record<ChannelAudience, string> = {
  internal: 'Internal',
  inbound: 'Inbound',
  outbound: 'Outbound',
};
const AUDIENCE_ORDER: readonly ChannelAudience[] = ['internal', 'inbound', 'outbound'];

const MD_LINK = /\[([^\]\n]{0,300})\]\(\s*<?(https?:\/\/[^\s)>"'`]{1,2000})/gi;
/** Images (badges, logos) are not channels, whatever their host. */
const IMAGE = /\.(?:svg|png|jpe?g|gif|webp)(?:[?#]|$)/i;
/** Not inside another URL (a data: URL's payload, a ?url= parameter). */
const BARE_URL = /(?<![\w,=:/.%-])https?:\/\/[^\s)<>\]"'`|]{1,2000}/gi;
const FENCE = /^\s{0,3}(```|~~~)/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*)$/;
const SLACK_ID = /^[CG][A-Z0-9]{7,}$/;
const HASH_NAME = /(?:^|[\s[(])#([a-z0-9][a-z0-9_-]{1,79})\b/i;

interface Found {
  value: ChannelFact;
  refs: Ref[];
}

export interface ChannelLink {
  url: string;
  /** The link text, or '' for a bare URL. */
  text: string;
}

export const communicationChannelsDetector = defineDetector({
  id: 'communication-channels',
  section: SECTION,
  reads: [...CHANNEL_FILES, CHANNEL_CONFIG],
  detect(snapshot) {
    const found = new Map<string, Found>();
    const unknowns: Unknown[] = [];
    const add = (key: string, value: ChannelFact, ref: Ref) => {
      const seen = found.get(key);
      if (seen) {
        for (const k of ['cadence', 'day', 'notes', 'recordings', 'id', 'url', 'address'] as const) {
          if (seen.value[k] === undefined && value[k] !== undefined) seen.value[k] = value[k];
        }
        // A channel's own link (kubernetes.slack.com/messages/...) says more than the workspace's invite.
        if (value.type === 'slack' && value.url && /\/(?:messages|archives)\/|channel=/.test(value.url))
          if (!seen.value.url || !/\/(?:messages|archives)\/|channel=/.test(seen.value.url))
            seen.value.url = value.url;
        if (
          seen.refs.length < MAX_CHANNEL_REFS &&
          !seen.refs.some((r) => r.path === ref.path && r.line === ref.line)
        )
          seen.refs.push(ref);
        return;
      }
      if (found.size >= MAX_CHANNELS) return;
      found.set(key, { value, refs: [ref] });
    };

    for (const path of channelFiles(snapshot)) {
      const text = snapshot.read(path);
      if (text === undefined) continue;
      const community = !/^readme\.md$/i.test(path);
      scanMarkdown(text, community, (key, value, line) => add(key, value, snapshot.ref(path, line)));
    }

    if (snapshot.has(CHANNEL_CONFIG)) {
      const result = yamlOf(snapshot, CHANNEL_CONFIG);
      if (result && !result.ok) {
        unknowns.push({
          id: 'channels.contact-links',
          section: SECTION,
          lookedFor: 'contact links of the issue-template chooser',
          lookedIn: [CHANNEL_CONFIG],
          reason: 'parse-error',
          detail: `${result.problem.message}${result.problem.line ? ` (line ${result.problem.line})` : ''}`,
        });
      } else if (result?.ok) {
        const links = list(get(result.file.documents[0], 'contact_links'));
        for (const item of links) {
          const map = asMap(item);
          const urlNode = get(map, 'url');
          const url = str(urlNode);
          if (!url || urlNode?.kind !== 'scalar') continue;
          const words = `${str(get(map, 'name')) ?? ''} ${str(get(map, 'about')) ?? ''}`;
          for (const [key, value] of classify({ url, text: words }, words))
            add(key, value, snapshot.ref(CHANNEL_CONFIG, urlNode.line));
        }
      }
    }

    const facts = toFacts(found);
    if (facts.length === 0 && unknowns.length === 0) {
      unknowns.push({
        id: 'channels.communication-channels',
        section: SECTION,
        lookedFor: 'communication channels (chat, mailing lists, meetings, social accounts)',
        lookedIn: [...CHANNEL_FILES, CHANNEL_CONFIG],
        reason: 'not-found',
      });
    }
    return { facts, unknowns };
  },
});

/** The files to scan, in CHANNEL_FILES order, capped. */
function channelFiles(snapshot: Snapshot): string[] {
  const out: string[] = [];
  for (const pattern of CHANNEL_FILES) {
    for (const f of snapshot.glob(pattern, { nocase: true })) {
      if (!out.includes(f.path)) out.push(f.path);
    }
  }
  return out.slice(0, MAX_CHANNEL_FILES);
}

/** Slack workspace-only facts give way to a channel of the same workspace; facts by audience, then order. */
function toFacts(found: Map<string, Found>): AnyFact[] {
  const entries = [...found.entries()];
  const channelServices = new Set(
    entries.filter(([, f]) => f.value.type === 'slack' && f.value.name).map(([, f]) => f.value.service),
  );
  const kept = entries.filter(
    ([, f]) => !(f.value.type === 'slack' && !f.value.name && channelServices.has(f.value.service)),
  );
  // Refs of a dropped workspace link go to the first channel of that workspace.
  for (const [, f] of entries) {
    if (f.value.type !== 'slack' || f.value.name || !channelServices.has(f.value.service)) continue;
    const target = kept.find(([, k]) => k.value.type === 'slack' && k.value.service === f.value.service)?.[1];
    if (!target) continue;
    for (const r of f.refs) if (target.refs.length < MAX_CHANNEL_REFS) target.refs.push(r);
    const paths = [...new Set(target.refs.map((r) => r.path))];
    target.refs.sort(
      (a, b) => paths.indexOf(a.path) - paths.indexOf(b.path) || (a.line ?? 0) - (b.line ?? 0),
    );
  }
  return AUDIENCE_ORDER.flatMap((audience) =>
    kept
      .filter(([, f]) => f.value.audience === audience)
      .map(([key, f]) => ({
        ...fact('channels.channel', SECTION, f.value, f.refs, 'stated', key),
        topic: TOPIC[audience],
      })),
  );
}

type Emit = (key: string, value: ChannelFact, line: number) => void;

/** Scans Markdown text line by line for channel links, list addresses and meetings. */
export function scanMarkdown(text: string, community: boolean, emit: Emit): void {
  const lines = text.split('\n', MAX_CHANNEL_LINES);
  let heading = '';
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).slice(0, 10_000);
    if (FENCE.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const h = HEADING.exec(line);
    if (h) heading = h[1] ?? '';
    if (NOT_OUR_CHANNELS.test(heading)) continue;
    const previous = i > 0 ? (lines[i - 1] as string).slice(0, 10_000) : '';
    if (!community && !talksOfCommunity(line) && !talksOfCommunity(heading) && !talksOfCommunity(previous))
      continue;
    const context = `${previous} ${line}`;
    for (const link of linksOf(line)) {
      for (const [key, value] of classify(link, context)) emit(key, value, i + 1);
    }
    for (const m of line.matchAll(LIST_ADDRESS)) {
      const address = `${m[1]}@${m[2]}`.toLowerCase();
      const name = (m[1] as string).toLowerCase();
      emit(
        `list:${address}`,
        {
          type: 'mailing-list',
          service: serviceOfDomain((m[2] as string).toLowerCase()),
          name,
          address,
          audience: audienceOf('mailing-list', name),
        },
        i + 1,
      );
    }
    const meeting = MEETING_WORDS.exec(line);
    if (meeting) {
      const value = meetingOf(meeting[1] as string, lines, i);
      emit(`meeting:${value.name}`, value, i + 1);
    }
  }
}

/** The words of a line, not its URLs (a discord.gg link does not make a line talk about chat). */
function talksOfCommunity(line: string): boolean {
  return COMMUNITY_WORDS.test(line.replace(BARE_URL, ' '));
}

function meetingOf(words: string, lines: readonly string[], i: number): ChannelFact {
  const name = words
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/\b(meeting|call|sync)s$/, '$1')
    .replace(/\b(call|sync)$/, 'meeting')
    .replace(/^(developer|contributor|maintainer)s/, '$1');
  const next = lines[i + 1] ?? '';
  const window = `${lines[i]} ${HEADING.test(next) ? '' : next}`.slice(0, 20_000);
  const value: ChannelFact = { type: 'meeting', service: '', name, audience: audienceOf('meeting', name) };
  const cadence = CADENCES.find((c) => c.pattern.test(window));
  if (cadence) value.cadence = cadence.cadence;
  const day = WEEKDAY.exec(window);
  if (day) value.day = `${capitalise((day[1] as string).toLowerCase())}day`;
  for (let j = i; j < Math.min(lines.length, i + 4); j++) {
    for (const link of linksOf((lines[j] as string).slice(0, 10_000))) {
      const label = `${link.text} ${link.url}`;
      if (!value.recordings && MEETING_RECORDINGS.test(label)) value.recordings = link.url;
      else if (!value.notes && MEETING_NOTES.test(label)) value.notes = link.url;
    }
  }
  return value;
}

/** Every http(s) link of a line: Markdown links with their text, then bare URLs not already seen. */
export function linksOf(line: string): ChannelLink[] {
  if (!line.includes('http')) return [];
  const out: ChannelLink[] = [];
  const seen = new Set<string>();
  for (const m of line.matchAll(MD_LINK)) {
    const url = m[2] as string;
    seen.add(url);
    out.push({ url, text: (m[1] as string).trim() });
  }
  for (const m of line.matchAll(BARE_URL)) {
    const url = m[0].replace(/[.,;:!?*]+$/, '');
    if (seen.has(url)) continue;
    seen.add(url);
    out.push({ url, text: '' });
  }
  return out;
}

/** The channel a link names (none for other links), keyed for deduplication. */
export function classify(link: ChannelLink, context: string): [string, ChannelFact][] {
  if (IMAGE.test(link.url)) return [];
  const bare = link.url.replace(/^https?:\/\//i, '');
  if (!/^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i.test(bare)) return [];
  const host = (/^[^/?#:]+/.exec(bare)?.[0] ?? '').toLowerCase();
  for (const p of CHANNEL_PATTERNS) {
    const m = p.pattern.exec(bare);
    if (!m) continue;
    const service = p.service === '$host' ? host : p.service;
    let name = p.named ? decodeSafe(m[1] ?? '') : '';
    const value: ChannelFact = {
      type: p.type,
      service,
      name: '',
      audience: 'inbound',
      url: link.url.replace(/\/+$/, ''),
    };
    if (p.type === 'slack') {
      name ||= /[?&]channel=([A-Za-z0-9_-]{1,80})/.exec(bare)?.[1] ?? '';
      if (SLACK_ID.test(name)) value.id = name;
      const textName = /^#[a-z0-9_-]+$/i.test(link.text) ? link.text : undefined;
      const lineName = HASH_NAME.exec(context.replace(/\]\([^)]*\)/g, ']'))?.[1];
      name = textName ?? (name && !value.id ? `#${name}` : lineName ? `#${lineName}` : '');
    } else if (p.type === 'mailing-list') {
      const domain =
        service === 'CNCF lists'
          ? 'lists.cncf.io'
          : service === 'Google Groups'
            ? 'googlegroups.com'
            : service === 'groups.io'
              ? 'groups.io'
              : undefined;
      if (domain) value.address = `${name.toLowerCase()}@${domain}`;
    } else if (p.type === 'twitter' && name) {
      name = `@${name}`;
    }
    value.name = name;
    value.audience = audienceOf(p.type, name);
    const key = value.address
      ? `list:${value.address}`
      : `${p.type}:${service.toLowerCase()}:${(value.id ?? name).toLowerCase()}`;
    return [[key, value]];
  }
  return [];
}

function serviceOfDomain(domain: string): string {
  if (domain === 'lists.cncf.io') return 'CNCF lists';
  if (domain === 'googlegroups.com') return 'Google Groups';
  return domain;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
