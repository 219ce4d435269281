import { describe, expect, it } from 'vitest';
import {
  addressRole,
  CVSS,
  durationText,
  findAddresses,
  findDurations,
  isValidAddress,
  looksEnglish,
  responseAction,
  SUPPORT_SCOPE,
} from '../../src/catalogue/disclosure-phrases.js';

describe('addresses', () => {
  it('finds plain addresses and mailto links with their lines', () => {
    const found = findAddresses('Intro\nWrite to [us](mailto:security@acme.dev).\nOr SECURITY@Acme.dev.');
    expect(found).toEqual([
      { address: 'security@acme.dev', line: 2, deobfuscated: false },
      { address: 'security@acme.dev', line: 3, deobfuscated: false },
    ]);
  });

  it.each([
    ['security [at] example.org', 'security@example.org'],
    ['security (at) acme (dot) dev', 'security@acme.dev'],
    ['security{at}acme[dot]dev', 'security@acme.dev'],
    ['security AT acme DOT dev', 'security@acme.dev'],
    ['security&#64;acme.dev', 'security@acme.dev'],
    ['security@acme[.]dev', 'security@acme.dev'],
  ])('de-obfuscates %j', (text, address) => {
    expect(findAddresses(text)).toEqual([{ address, line: 1, deobfuscated: true }]);
  });

  it('does not read the English word "at" as an address', () => {
    expect(findAddresses('Look at security dot pages at acme dot dev')).toEqual([]);
  });

  it.each([
    'you@yourdomain.com',
    'your-email@acme.dev',
    'logo@2x.png',
    'a..b@acme.dev',
    'me@-acme.dev',
    'x@acme',
  ])('rejects %j', (address) => {
    expect(isValidAddress(address)).toBe(false);
  });

  it('tells reporting addresses from distributor and announcement lists', () => {
    expect(addressRole('cncf-harbor-distributors-announce@lists.cncf.io', '')).toBe('distributors');
    expect(addressRole('kubernetes-security-announce@googlegroups.com', '')).toBe('announce');
    expect(addressRole('conduct@acme.dev', '')).toBe('other');
    expect(addressRole('security@acme.dev', 'Report vulnerabilities to')).toBe('reporting');
    expect(addressRole('list@acme.dev', 'Distributors can join the early disclosure list')).toBe(
      'distributors',
    );
  });
});

describe('durations', () => {
  it.each([
    ['Emails will be addressed within 3 business days.', 3, 'business days'],
    ['We respond within three business days.', 3, 'business days'],
    ['within three (3) working days', 3, 'working days'],
    ['an acknowledgement within 48 hours', 48, 'hours'],
    ['This project follows a 90 day disclosure timeline.', 90, 'days'],
    ['a fix within twenty-one days', 21, 'days'],
    ['within 2 weeks', 2, 'weeks'],
  ])('normalises %j', (text, amount, unit) => {
    expect(findDurations(text)[0]).toMatchObject({ amount, unit });
  });

  it('reads nothing from prose without a number', () => {
    expect(findDurations('Critical issues receive immediate attention within the window.')).toEqual([]);
    expect(findDurations('a few weeks')).toEqual([]);
  });

  it('writes durations back in one form', () => {
    expect(durationText({ amount: 1, unit: 'weeks' })).toBe('1 week');
    expect(durationText({ amount: 3, unit: 'business days' })).toBe('3 business days');
  });

  it('classifies what a clause promises', () => {
    expect(responseAction('We will acknowledge receipt within 2 days')).toBe('acknowledge');
    expect(responseAction('Our team will respond within 3 working days')).toBe('respond');
    expect(responseAction('We aim to release a fix within 90 days')).toBe('fix');
    expect(responseAction('Releases are supported for 12 months')).toBeUndefined();
  });
});

describe('other phrases', () => {
  it('reads the CVSS version when given', () => {
    expect(CVSS.exec('scored with CVSS v3.1.')?.[1]).toBe('3.1');
    expect(CVSS.exec('CVSS Version 3.1 can help')?.[1]).toBe('3.1');
    expect(CVSS.exec('issues with CVSS 7.0 or above')?.[1]).toBeUndefined();
  });

  it('reads which releases get fixes', () => {
    expect(SUPPORT_SCOPE.exec('release branches for the three most recent minor releases.')?.[1]).toBe(
      'the three most recent minor releases',
    );
  });

  it('tells English prose from other languages', () => {
    const english =
      'If you find a vulnerability in the project, please report it to the security team by email and we will respond.';
    const spanish =
      'Si encuentra una vulnerabilidad en el proyecto, envíe un correo al equipo de seguridad y responderemos pronto con más detalles sobre el proceso.';
    const chinese =
      '如果您发现了安全漏洞，请通过电子邮件联系我们的安全团队。我们将在三个工作日内回复。请不要公开披露。感谢您的帮助与支持，我们会尽快处理。';
    expect(looksEnglish(english)).toBe(true);
    expect(looksEnglish(spanish)).toBe(false);
    expect(looksEnglish(chinese.repeat(3))).toBe(false);
  });
});
