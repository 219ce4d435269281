// Communication channels (template: Secure development practices › Communication Channels): where a
// project's community files live, the hosts and URL shapes of each kind of channel, and the rules that give
// a channel its audience. Adding a host or a rule is a row here.
import type { ChannelAudience, ChannelType } from '../evidence/kinds/channels.js';

/** Files read for channels, in the order they are cited. README is read with the context rule below. */
export const CHANNEL_FILES: readonly string[] = [
  'README.md',
  'CONTRIBUTING.md',
  '.github/CONTRIBUTING.md',
  'docs/CONTRIBUTING.md',
  'GOVERNANCE.md',
  'SUPPORT.md',
  '.github/SUPPORT.md',
  'COMMUNITY.md',
  'MAINTAINERS*',
  'community/*.md',
];

export const CHANNEL_CONFIG = '.github/ISSUE_TEMPLATE/config.yml';

/** At most this many Markdown files are scanned (community/*.md can be long lists). */
export const MAX_CHANNEL_FILES = 12;
/** At most this many lines per file are scanned; at most this many channels are reported. */
export const MAX_CHANNEL_LINES = 20_000;
export const MAX_CHANNELS = 25;
export const MAX_CHANNEL_REFS = 3;

/**
 * The context rule. In a community file (every file above but the README, and the issue-template config)
 * every channel link counts. In the README a link counts only when its line, the line before it, or the
 * heading above it talks about the community: links in a "Related projects" list point to other projects.
 */
export const COMMUNITY_WORDS =
  /\b(?:communit(?:y|ies)|contact|chat|support|meetings?|office hours|slack|discord|gitter|matrix|zulip|mailing|e-?mail|lists?|groups?|discuss(?:ion|ions)?|questions?|help|talk|join|reach|connect|follow|social|get involved|stay (?:up|in)|announce(?:ments)?|news|updates?|twitter|blog|security|report(?:ing)?|vulnerabilit(?:y|ies))\b/i;

/** Headings under which links are someone else's, whatever their words. */
export const NOT_OUR_CHANNELS =
  /\b(?:related|similar|alternative|other) (?:projects?|tools?|work)\b|\backnowledg|\bthanks?\b|\bcredits?\b/i;

export interface ChannelPattern {
  type: ChannelType;
  /** Matched against the URL without its scheme ("kubernetes.slack.com/messages/CR2J23M0X"). */
  pattern: RegExp;
  /** The service a reviewer names ("Kubernetes Slack"); `$host` is replaced by the host. */
  service: string;
  /** Group 1 of the pattern is the channel's name (a Slack channel, a list, an account). */
  named?: boolean;
}

/** First match wins: specific shapes before general ones. */
export const CHANNEL_PATTERNS: readonly ChannelPattern[] = [
  {
    type: 'slack',
    pattern: /^kubernetes\.slack\.com\/(?:messages|archives|app_redirect\?channel=)\/?([A-Za-z0-9_-]+)/i,
    service: 'Kubernetes Slack',
    named: true,
  },
  {
    type: 'slack',
    pattern: /^cloud-native\.slack\.com\/(?:messages|archives|app_redirect\?channel=)\/?([A-Za-z0-9_-]+)/i,
    service: 'CNCF Slack',
    named: true,
  },
  {
    type: 'slack',
    pattern: /^[a-z0-9-]+\.slack\.com\/(?:messages|archives|app_redirect\?channel=)\/?([A-Za-z0-9_-]+)/i,
    service: '$host',
    named: true,
  },
  {
    type: 'slack',
    pattern: /^(?:slack\.k8s\.io|kubernetes\.slack\.com)(?:[/?#]|$)/i,
    service: 'Kubernetes Slack',
  },
  {
    type: 'slack',
    pattern: /^(?:slack\.cncf\.io|cloud-native\.slack\.com)(?:[/?#]|$)/i,
    service: 'CNCF Slack',
  },
  { type: 'slack', pattern: /^(?:[a-z0-9-]+\.)?slack\.com\/(?:join|signup)\b/i, service: 'Slack' },
  { type: 'slack', pattern: /^(?:slack|slackin)\.[a-z0-9.-]+\.[a-z]{2,}(?:[/?#]|$)/i, service: '$host' },
  { type: 'slack', pattern: /^slackin[.-][a-z0-9.-]+\.[a-z]{2,}(?:[/?#]|$)/i, service: '$host' },
  { type: 'slack', pattern: /^[a-z0-9-]+\.slack\.com(?:[/?#]|$)/i, service: '$host' },
  {
    type: 'discord',
    pattern: /^(?:discord\.gg|discord(?:app)?\.com\/invite)\/([A-Za-z0-9_-]+)/i,
    service: 'Discord',
    named: true,
  },
  {
    type: 'gitter',
    pattern: /^gitter\.im\/([A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)?)/i,
    service: 'Gitter',
    named: true,
  },
  { type: 'matrix', pattern: /^matrix\.to\/#\/([#!@][^\s/?)]+)/i, service: 'Matrix', named: true },
  { type: 'zulip', pattern: /^([a-z0-9-]+)\.zulipchat\.com/i, service: 'Zulip', named: true },
  {
    type: 'mailing-list',
    pattern:
      /^groups\.google\.com\/(?:a\/[^/]+\/)?(?:g\/|forum\/#!forum\/|forum\/#!topic\/|d\/forum\/)([A-Za-z0-9_.-]+)/i,
    service: 'Google Groups',
    named: true,
  },
  {
    type: 'mailing-list',
    pattern: /^lists\.cncf\.io\/g\/([A-Za-z0-9_.-]+)/i,
    service: 'CNCF lists',
    named: true,
  },
  {
    type: 'mailing-list',
    pattern: /^(?:[a-z0-9-]+\.)?groups\.io\/g\/([A-Za-z0-9_.-]+)/i,
    service: 'groups.io',
    named: true,
  },
  {
    type: 'mailing-list',
    pattern: /^lists\.[a-z0-9.-]+\/(?:mailman\/listinfo|g|archives\/list)\/([A-Za-z0-9_.-]+)/i,
    service: '$host',
    named: true,
  },
  {
    type: 'github-discussions',
    pattern:
      /^github\.com\/((?:orgs\/)?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)?)\/discussions\/?(?:categories\/[^\s?#]*)?(?:[?#]|$)/i,
    service: 'GitHub Discussions',
    named: true,
  },
  {
    type: 'issue-tracker',
    pattern: /^github\.com\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/issues(?:\/new(?:\/choose)?)?\/?$/i,
    service: 'GitHub issues',
    named: true,
  },
  {
    type: 'twitter',
    pattern: /^(?:www\.)?(?:twitter|x)\.com\/(?!intent|share|search|hashtag|home)@?([A-Za-z0-9_]{1,15})\/?$/i,
    service: 'X (Twitter)',
    named: true,
  },
  {
    type: 'bluesky',
    pattern: /^bsky\.app\/profile\/([A-Za-z0-9_.:-]+)\/?$/i,
    service: 'Bluesky',
    named: true,
  },
  {
    type: 'linkedin',
    pattern: /^(?:www\.)?linkedin\.com\/(?:company|groups|showcase)\/([A-Za-z0-9_.-]+)\/?$/i,
    service: 'LinkedIn',
    named: true,
  },
  {
    type: 'youtube',
    pattern:
      /^(?:www\.)?youtube\.com\/(?:c\/|channel\/|user\/|@)([A-Za-z0-9_.-]+)\/?(?:videos|featured|streams)?\/?$/i,
    service: 'YouTube',
    named: true,
  },
  {
    type: 'mastodon',
    pattern: /^(?!medium\.com|dev\.to|(?:www\.)?youtube\.com)[a-z0-9.-]+\.[a-z]{2,}\/(@[A-Za-z0-9_]+)\/?$/i,
    service: '$host',
    named: true,
  },
  { type: 'blog', pattern: /^(?:blog\.[a-z0-9.-]+|medium\.com\/[^/\s]+)\/?$/i, service: '$host' },
  { type: 'blog', pattern: /^[a-z0-9.-]+\.[a-z]{2,}\/(?:[a-z-]+\/)?blog\/?$/i, service: '$host' },
];

/** Mailing-list addresses: name@lists.cncf.io, name@googlegroups.com, name@groups.io, name@lists.example.org. */
export const LIST_ADDRESS =
  /\b([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:\+[a-z]+)?@((?:lists\.[a-z0-9.-]+\.[a-z]{2,})|googlegroups\.com|groups\.io)\b/gi;

/** Meetings: what they are called, and how often they run. */
export const MEETING_WORDS =
  /\b(community (?:meeting|call|sync)s?|(?:developer|contributor|maintainer)s?'? (?:meeting|call|sync)s?|office hours|(?:project|team|public) meetings?)\b/i;

export const CADENCES: readonly { pattern: RegExp; cadence: string }[] = [
  {
    pattern: /\b(?:bi-?weekly|fortnightly|every (?:other|second|2nd) week|every two weeks|every 2 weeks)\b/i,
    cadence: 'every two weeks',
  },
  { pattern: /\b(?:weekly|every week)\b/i, cadence: 'weekly' },
  { pattern: /\b(?:monthly|every month|once a month)\b/i, cadence: 'monthly' },
  { pattern: /\bquarterly\b/i, cadence: 'quarterly' },
];

export const WEEKDAY = /\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b/i;

export const MEETING_NOTES = /\b(?:minutes|notes|agenda)\b|docs\.google\.com|hackmd\.io/i;
export const MEETING_RECORDINGS = /\brecordings?\b|youtube\.com|youtu\.be/i;

/**
 * The audience rules, first match wins, on the channel's type and name. Security lists and issue trackers
 * are inbound; announce lists, social accounts and blogs outbound; dev lists and maintainer channels
 * internal; user chat inbound.
 */
export const AUDIENCE_RULES: readonly {
  types?: readonly ChannelType[];
  name?: RegExp;
  audience: ChannelAudience;
}[] = [
  { name: /secur|vuln|cve|disclos/i, audience: 'inbound' },
  {
    types: ['mailing-list', 'slack', 'discord', 'matrix', 'zulip', 'gitter'],
    name: /announce|news/i,
    audience: 'outbound',
  },
  {
    name: /(?:^|[-_ #])(?:dev|devel|developers?|contrib|contributors?|maintainers?|steering|team|internal|private)(?:$|[-_ s])/i,
    audience: 'internal',
  },
  { types: ['meeting'], name: /office hours/i, audience: 'inbound' },
  { types: ['meeting'], audience: 'internal' },
  { types: ['twitter', 'mastodon', 'bluesky', 'linkedin', 'youtube', 'blog'], audience: 'outbound' },
  { audience: 'inbound' },
];

export function audienceOf(type: ChannelType, name: string): ChannelAudience {
  for (const rule of AUDIENCE_RULES) {
    if (rule.types && !rule.types.includes(type)) continue;
    if (rule.name && !rule.name.test(name)) continue;
    return rule.audience;
  }
  return 'inbound';
}
