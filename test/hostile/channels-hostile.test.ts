// Hostile community files: script and data links are never channels, huge link lists and oversized files stay
// bounded and fast, and a broken issue-template config is an unknown, never a throw.
import { describe, expect, it } from 'vitest';
import { communicationChannelsDetector } from '../../src/detectors/channels/communication-channels.js';
import type { ChannelFact } from '../../src/evidence/kinds/channels.js';
import { detectOn } from '../helpers/detect.js';

const CONFIG = '.github/ISSUE_TEMPLATE/config.yml';

describe('hostile communication channels', () => {
  it('ignores javascript: and data: links', async () => {
    const r = await detectOn(communicationChannelsDetector, {
      'CONTRIBUTING.md': [
        '# Community',
        '[Slack](javascript:alert(1)//slack.k8s.io) [chat](data:text/html,https://discord.gg/x)',
        '<a href="javascript:void(0)">discord.gg/abc</a>',
      ].join('\n'),
    });
    // A link inside a data: URL's payload is not a link of the document.
    expect(r.facts.every((f) => !(f.value as ChannelFact).url?.startsWith('javascript:'))).toBe(true);
    expect(r.facts.every((f) => !(f.value as ChannelFact).url?.startsWith('data:'))).toBe(true);
    expect(r.facts).toEqual([]);
  });

  it('bounds a README with 10,000 channel links: capped channels and references, fast', async () => {
    const lines = ['# Community', ''];
    for (let i = 0; i < 10_000; i++)
      lines.push(`* Join [#c${i}](https://kubernetes.slack.com/messages/c${i % 40}) or https://discord.gg/x`);
    const started = performance.now();
    const r = await detectOn(communicationChannelsDetector, { 'README.md': lines.join('\n') });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(r.facts.length).toBeLessThanOrEqual(25);
    expect(r.facts.length).toBeGreaterThan(1);
    for (const f of r.facts) expect(f.refs.length).toBeLessThanOrEqual(3);
  });

  it('skips a 5 MB CONTRIBUTING (the snapshot cap) and still reads the README', async () => {
    const big = `# Community\n${'Join https://discord.gg/big today.\n'.repeat(150_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    const r = await detectOn(communicationChannelsDetector, {
      'CONTRIBUTING.md': big,
      'README.md': '# X\n\n## Community\n\nAsk on [Slack](https://slack.cncf.io/).\n',
    });
    const types = r.facts.map((f) => (f.value as ChannelFact).type);
    expect(types).toEqual(['slack']);
  });

  it('turns a broken config.yml into a parse-error unknown and keeps the other channels', async () => {
    const r = await detectOn(communicationChannelsDetector, {
      [CONFIG]: 'contact_links:\n  - name: x\n    url: [unclosed\n  about: : :\n',
      'SUPPORT.md': '# Support\n\n[Gitter](https://gitter.im/proj/room)\n',
    });
    expect(r.unknowns).toHaveLength(1);
    expect(r.unknowns[0]).toMatchObject({ reason: 'parse-error', lookedIn: [CONFIG] });
    expect(r.facts.map((f) => (f.value as ChannelFact).type)).toEqual(['gitter']);
  });

  it('reads odd contact_links shapes as absent, never throwing', async () => {
    const r = await detectOn(communicationChannelsDetector, {
      [CONFIG]: 'contact_links:\n  - url: [1, 2]\n  - 42\n  - name: {a: b}\n    url: https://discord.gg/ok\n',
    });
    expect(r.facts.map((f) => (f.value as ChannelFact).name)).toEqual(['ok']);
    const s = await detectOn(communicationChannelsDetector, { [CONFIG]: 'contact_links: "not a list"\n' });
    expect(s.facts).toEqual([]);
    expect(s.unknowns[0]?.reason).toBe('not-found');
  });
});
