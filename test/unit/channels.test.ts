import { describe, expect, it } from 'vitest';
import { communicationChannelsDetector } from '../../src/detectors/channels/communication-channels.js';
import type { DetectorResult } from '../../src/detectors/detector.js';
import type { ChannelFact } from '../../src/evidence/kinds/channels.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

const README = `# Example

Example does things.

## Community

* Join the [Kubernetes Slack](http://slack.k8s.io/) and look for our
[#example](https://kubernetes.slack.com/messages/CR2J23M0X) channel.
* The [Example community meeting](https://zoom.us/j/1),
every two weeks on Tuesday at 5AM GMT.
    - [Meeting minutes](https://github.com/example/example/wiki/Community-Meetings)
    - [Meeting recordings](https://www.youtube.com/playlist?list=PL1)
* Mailing lists:
  + [example-announce](https://groups.google.com/forum/#!forum/example-announce) for announcements.
  + [example-dev](https://groups.google.com/g/example-dev) for development.
  + Users: [example-users@lists.cncf.io](https://lists.cncf.io/g/example-users)

Also check out [@ExampleProj](https://twitter.com/ExampleProj) on Twitter!

## Related projects

* [Other](https://other.slack.com/messages/other) has its own Slack.

## Install

See [the guide](https://github.com/example/example/issues) and https://discord.gg/notcounted.
`;

function values(r: DetectorResult): ChannelFact[] {
  return r.facts.map((f) => f.value as ChannelFact);
}

function find(r: DetectorResult, type: string, name?: string): ChannelFact | undefined {
  return values(r).find((v) => v.type === type && (name === undefined || v.name === name));
}

describe('communication-channels', () => {
  it('reads Slack channels, meetings, mailing lists and social accounts from a README', async () => {
    const r = await detectOn(communicationChannelsDetector, { 'README.md': README });
    expect(r.unknowns).toEqual([]);
    const slack = find(r, 'slack', '#example');
    expect(slack).toMatchObject({ service: 'Kubernetes Slack', id: 'CR2J23M0X', audience: 'inbound' });
    expect(values(r).filter((v) => v.type === 'slack')).toHaveLength(1);
    const slackFact = r.facts.find((f) => (f.value as ChannelFact).name === '#example');
    expect(slackFact?.refs.map((x) => x.line)).toEqual([7, 8]);
    expect(slackFact?.topic).toBe('Inbound');
    expect(find(r, 'meeting', 'community meeting')).toMatchObject({
      cadence: 'every two weeks',
      day: 'Tuesday',
      audience: 'internal',
      notes: 'https://github.com/example/example/wiki/Community-Meetings',
      recordings: 'https://www.youtube.com/playlist?list=PL1',
    });
    expect(find(r, 'mailing-list', 'example-announce')?.audience).toBe('outbound');
    expect(find(r, 'mailing-list', 'example-dev')?.audience).toBe('internal');
    expect(find(r, 'mailing-list', 'example-users')).toMatchObject({
      address: 'example-users@lists.cncf.io',
      audience: 'inbound',
    });
    expect(find(r, 'twitter', '@ExampleProj')?.audience).toBe('outbound');
    const texts = r.facts.map(statementOf);
    expect(texts).toContain(
      'Slack #example (CR2J23M0X) on Kubernetes Slack: https://kubernetes.slack.com/messages/CR2J23M0X.',
    );
    expect(texts.some((t) => t.startsWith('Community meeting, every two weeks on Tuesdays'))).toBe(true);
  });

  it('ignores README links outside a community context and under a related-projects heading', async () => {
    const r = await detectOn(communicationChannelsDetector, { 'README.md': README });
    expect(find(r, 'slack', '#other')).toBeUndefined();
    expect(find(r, 'discord')).toBeUndefined();
    expect(find(r, 'issue-tracker')).toBeUndefined();
  });

  it('counts every channel link of a community file, and merges references', async () => {
    const r = await detectOn(communicationChannelsDetector, {
      'README.md': '# X\n\nChat with us on [Discord](https://discord.gg/abc123).\n',
      '.github/CONTRIBUTING.md':
        '# Contributing\n\nSee https://discord.gg/abc123 and https://github.com/o/x/issues\n',
      'community/meetings.md': '# Meetings\n\nThe contributor sync runs weekly on Thursdays.\n',
    });
    const discord = r.facts.find((f) => (f.value as ChannelFact).type === 'discord');
    expect(discord?.refs.map((x) => `${x.path}:${x.line}`)).toEqual([
      'README.md:3',
      '.github/CONTRIBUTING.md:3',
    ]);
    expect(find(r, 'issue-tracker', 'o/x')?.audience).toBe('inbound');
    expect(find(r, 'meeting', 'contributor meeting')).toMatchObject({ cadence: 'weekly', day: 'Thursday' });
  });

  it('reads contact_links of the issue-template chooser', async () => {
    const r = await detectOn(communicationChannelsDetector, {
      '.github/ISSUE_TEMPLATE/config.yml': [
        'blank_issues_enabled: false',
        'contact_links:',
        '  - name: Community Support (#proj channel on Kubernetes Slack)',
        '    url: https://kubernetes.slack.com/archives/CLGR9BJU9',
        '    about: Ask usage questions here.',
        '  - name: Discussions',
        '    url: https://github.com/o/proj/discussions',
        '    about: Internals.',
        '',
      ].join('\n'),
    });
    expect(find(r, 'slack')).toMatchObject({ name: '#proj', id: 'CLGR9BJU9', service: 'Kubernetes Slack' });
    const slack = r.facts.find((f) => (f.value as ChannelFact).type === 'slack');
    expect(slack?.refs[0]).toMatchObject({ path: '.github/ISSUE_TEMPLATE/config.yml', line: 4 });
    expect(find(r, 'github-discussions', 'o/proj')).toBeDefined();
  });

  it('recognises invite hosts, list addresses and Mastodon accounts', async () => {
    const r = await detectOn(communicationChannelsDetector, {
      'SUPPORT.md': [
        '# Support',
        '- [Slack](https://slackin.px.dev)',
        '- [Slack](https://slack.proj.io/)',
        '- Write to proj-security@googlegroups.com or proj-users+subscribe@googlegroups.com',
        '- [Mastodon](https://fosstodon.org/@proj) and [Bluesky](https://bsky.app/profile/proj.dev)',
        '- [Gitter](https://gitter.im/proj/community), [Matrix](https://matrix.to/#/#proj:matrix.org)',
        '- Office hours every other week on Wednesdays.',
      ].join('\n'),
    });
    const services = values(r)
      .filter((v) => v.type === 'slack')
      .map((v) => v.service);
    expect(services).toEqual(['slackin.px.dev', 'slack.proj.io']);
    expect(find(r, 'mailing-list', 'proj-security')?.audience).toBe('inbound');
    expect(find(r, 'mailing-list', 'proj-users')?.address).toBe('proj-users@googlegroups.com');
    expect(find(r, 'mastodon', '@proj')).toMatchObject({ service: 'fosstodon.org', audience: 'outbound' });
    expect(find(r, 'bluesky', 'proj.dev')).toBeDefined();
    expect(find(r, 'gitter', 'proj/community')).toBeDefined();
    expect(find(r, 'matrix', '#proj:matrix.org')).toBeDefined();
    expect(find(r, 'meeting', 'office hours')).toMatchObject({
      cadence: 'every two weeks',
      day: 'Wednesday',
      audience: 'inbound',
    });
  });

  it('says where it looked when there are no channels', async () => {
    const r = await detectOn(communicationChannelsDetector, {
      'README.md': '# Quiet\n\nNo links here, see https://example.org.\n',
    });
    expect(r.facts).toEqual([]);
    expect(r.unknowns).toHaveLength(1);
    expect(r.unknowns[0]).toMatchObject({
      reason: 'not-found',
      section: 'secure-development-practices/communication-channels',
    });
    expect(r.unknowns[0]?.lookedIn).toContain('README.md');
    expect(r.unknowns[0]?.lookedIn).toContain('.github/ISSUE_TEMPLATE/config.yml');
  });
});
