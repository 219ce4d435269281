// Fact kinds of the communication channels (template: Secure development practices › Communication
// Channels). Each kind needs a sentence in src/render/wording/channels.ts.

export type ChannelType =
  | 'slack'
  | 'discord'
  | 'gitter'
  | 'matrix'
  | 'zulip'
  | 'mailing-list'
  | 'github-discussions'
  | 'issue-tracker'
  | 'twitter'
  | 'mastodon'
  | 'bluesky'
  | 'linkedin'
  | 'youtube'
  | 'blog'
  | 'meeting';

/** Who talks to whom: the team among itself, people to the team, the team to people. */
export type ChannelAudience = 'internal' | 'inbound' | 'outbound';

export interface ChannelFact {
  type: ChannelType;
  /** The service or workspace ("Kubernetes Slack", "Google Groups", "fosstodon.org"). */
  service: string;
  /** The channel, list, account or meeting ("#antrea", "projectantrea-dev", "@ProjectAntrea"); may be ''. */
  name: string;
  /** A Slack channel's id when the link gives one ("CR2J23M0X"). */
  id?: string;
  /** A list's address ("harbor-dev@lists.cncf.io"). */
  address?: string;
  /** The link, without tracking noise. */
  url?: string;
  audience: ChannelAudience;
  /** Meetings: "every two weeks", "weekly", "monthly". */
  cadence?: string;
  /** Meetings: "Tuesday". */
  day?: string;
  /** Meetings: where notes and recordings live. */
  notes?: string;
  recordings?: string;
}

export type ChannelsFactValues = {
  'channels.channel': ChannelFact;
};
