// Development pipeline: what the recent history shows about contributions — the share of non-merge commits
// that carry a Signed-off-by trailer (DCO) and that carry a signature header (not verified).
import { fact } from '../../evidence/model.js';
import { defineDetector } from '../detector.js';

/**
 * Committer addresses of forges that sign commits made in their web interface (merges, squashes, edits)
 * with their own key: such a signature says nothing about the contributor.
 */
const FORGE_COMMITTERS = new Set(['noreply@github.com', 'noreply@gitlab.com']);

export const commitHistoryDetector = defineDetector({
  id: 'commit-history',
  section: 'secure-development-practices/development-pipeline',
  reads: ['git history (last N commits)'],
  detect(snapshot) {
    const history = snapshot.history;
    if (!history || history.commits.length === 0) {
      return {
        facts: [],
        unknowns: [
          {
            id: 'history.commits',
            section: 'secure-development-practices/development-pipeline',
            lookedFor: 'commit history (sign-off and signature shares)',
            lookedIn: [snapshot.root],
            reason: 'no-history',
            detail: 'the source is not a git repository with commits',
          },
        ],
      };
    }
    const nonMerge = history.commits.filter((c) => !c.merge);
    const dates = history.commits
      .map((c) => c.committerDate)
      .filter(Boolean)
      .sort();
    return {
      facts: [
        {
          ...fact(
            'history.commits',
            'secure-development-practices/development-pipeline',
            {
              read: history.commits.length,
              nonMerge: nonMerge.length,
              signedOff: nonMerge.filter((c) => c.signedOffBy.length > 0).length,
              signed: nonMerge.filter((c) => c.signed).length,
              signedByForge: nonMerge.filter(
                (c) => c.signed && FORGE_COMMITTERS.has(c.committerEmail.toLowerCase()),
              ).length,
              firstDate: dates[0] ?? '',
              lastDate: dates[dates.length - 1] ?? '',
            },
            [],
            'observed',
          ),
          topic: 'Code review and contribution',
        },
      ],
      unknowns: [],
    };
  },
});
