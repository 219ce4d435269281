// A real project at two commits, drafted at each: between them the Slack channel goes, the security contact
// changes and adopters appear. The update tests edit the first draft and update it with the second.
import { draft } from '../../src/index.js';
import { FixtureRepo } from './fixture-repo.js';

export interface TwoDrafts {
  repo: FixtureRepo;
  before: string;
  after: string;
  /** The second commit's SHA. */
  commitB: string;
}

export async function rocketAtTwoCommits(): Promise<TwoDrafts> {
  const repo = FixtureRepo.git();
  repo.commit({
    message: 'init\n\nSigned-off-by: Dev <dev@example.org>',
    files: {
      'README.md':
        '# Rocket\n\nRocket launches things safely.\n\nJoin us on Slack: [#rocket](https://kubernetes.slack.com/messages/rocket).\n\n[Issues](https://github.com/acme/rocket/issues)\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to security@rocket.example.org.\n',
      'main.go': 'package main\n\nfunc main() {}\n',
    },
  });
  repo.git('remote', 'add', 'origin', 'https://github.com/acme/rocket.git');
  const before = (await draft(repo.dir)).output;
  const commitB = repo.commit({
    message: 'channels and contact\n\nSigned-off-by: Dev <dev@example.org>',
    files: {
      'README.md':
        '# Rocket\n\nRocket launches things safely.\n\n[Issues](https://github.com/acme/rocket/issues)\n',
      'SECURITY.md': '# Security Policy\n\nReport vulnerabilities to psirt@rocket.example.org.\n',
      'ADOPTERS.md': '# Adopters\n\n* Acme Corp\n* Globex\n',
    },
  });
  const after = (await draft(repo.dir)).output;
  return { repo, before, after, commitB };
}
