// Hostile answers files: alias bombs, huge files, wrong shapes, junk bytes and symlinks never crash the run:
// a malformed file is a UserError naming its line; an unreadable one declares nothing.
import { describe, expect, it } from 'vitest';
import { MAX_ANSWERS_BYTES, parseAnswers } from '../../src/answers/load.js';
import { UserError } from '../../src/errors.js';
import { collectEvidence } from '../../src/evidence/collect.js';
import { factsOfKind } from '../../src/evidence/model.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { FixtureRepo } from '../helpers/fixture-repo.js';

function rejects(text: string): string {
  try {
    parseAnswers('.selfassess.yml', text, true);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('hostile answers files', () => {
  it('refuses an alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    expect(rejects(bomb)).toMatch(/^\.selfassess\.yml:\d+: /);
  });

  it('refuses a huge file before parsing it', () => {
    expect(rejects(`version: 1\n# ${'x'.repeat(MAX_ANSWERS_BYTES)}\n`)).toMatch(/larger than/);
  });

  it('refuses wrong shapes, deep nesting and overlong text with a line', () => {
    expect(rejects('- version: 1\n')).toMatch(/:1: file: expected a mapping/);
    expect(rejects('')).toMatch(/file: expected a mapping/);
    expect(rejects(`version: 1\nanswers:\n  mfa: ${'['.repeat(300)}${']'.repeat(300)}\n`)).toMatch(
      /^\.selfassess\.yml:\d+: /,
    );
    expect(
      rejects(`version: 1\nanswers:\n  mfa: { value: true, justification: "${'y'.repeat(600)}" }\n`),
    ).toMatch(/:3: answers\.mfa\.justification: longer than/);
    expect(
      rejects(
        'version: 1\nanswers:\n  channels:\n    - name: x\n      url: "javascript:alert(1)"\n      audience: inbound\n',
      ),
    ).toMatch(/:5: answers\.channels\[0\]\.url/);
    expect(rejects('version: 1\n---\nversion: 1\n')).toMatch(/one document expected/);
  });

  it('an unreadable or symlinked repository answers file declares nothing and does not crash', async () => {
    const repo = FixtureRepo.git();
    const outside = FixtureRepo.directory();
    try {
      outside.write({ 'secret.yml': 'version: 1\nanswers:\n  mfa: { value: true, justification: x }\n' });
      repo.write({ 'README.md': '# Demo\n' });
      repo.symlink('.selfassess.yml', `${outside.dir}/secret.yml`);
      repo.commit({ message: 'symlink' });
      const snapshot = await Snapshot.open(repo.dir);
      try {
        expect(factsOfKind(collectEvidence(snapshot), 'declared.answer')).toEqual([]);
      } finally {
        snapshot.close();
      }
      const junk = FixtureRepo.git();
      try {
        junk.commit({
          message: 'junk',
          files: { '.selfassess.yml': Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x81]) },
        });
        const s2 = await Snapshot.open(junk.dir);
        try {
          expect(factsOfKind(collectEvidence(s2), 'declared.answer')).toEqual([]);
        } finally {
          s2.close();
        }
      } finally {
        junk.cleanup();
      }
    } finally {
      repo.cleanup();
      outside.cleanup();
    }
  });
});
