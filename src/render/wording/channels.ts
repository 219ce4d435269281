// Sentences for the communication channels (kinds in src/evidence/kinds/channels.ts): one line per channel.
import type { ChannelFact, ChannelsFactValues, ChannelType } from '../../evidence/kinds/channels.js';
import type { WordingTable } from './types.js';

const LABEL: Record<ChannelType, string> = {
  slack: 'Slack',
  discord: 'Discord',
  gitter: 'Gitter',
  matrix: 'Matrix',
  zulip: 'Zulip',
  'mailing-list': 'Mailing list',
  'github-discussions': 'GitHub Discussions',
  'issue-tracker': 'Issue tracker',
  twitter: 'X (Twitter)',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  linkedin: 'LinkedIn',
  youtube: 'YouTube',
  blog: 'Blog',
  meeting: 'Meeting',
};

export const CHANNELS_WORDING: WordingTable<keyof ChannelsFactValues> = {
  'channels.channel': (f) => channelSentence(f.value),
};

function channelSentence(v: ChannelFact): string {
  if (v.type === 'meeting') {
    const when = [v.cadence, v.day ? `on ${v.day}s` : ''].filter(Boolean).join(' ');
    const where = [
      v.notes ? `notes: ${v.notes}` : '',
      v.recordings ? `recordings: ${v.recordings}` : '',
    ].filter(Boolean);
    return `${capitalise(v.name)}${when ? `, ${when}` : ''}${where.length ? ` (${where.join('; ')})` : ''}.`;
  }
  const label = LABEL[v.type];
  const id = v.id && v.id !== v.name ? ` (${v.id})` : '';
  const name = v.name ? ` ${v.address ?? v.name}${id}` : '';
  const service = v.service && v.service !== label ? ` on ${v.service}` : '';
  const url = v.url ? `: ${v.url}` : '';
  return `${label}${name}${service}${url}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
