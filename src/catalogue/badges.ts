// Badges a README shows that say where a project stands on security practices: the OpenSSF Best Practices
// badge (bestpractices.dev, formerly bestpractices.coreinfrastructure.org), OpenSSF Scorecard, CLOMonitor,
// FOSSA, Artifact Hub, Snyk, SLSA. One row per badge; the detector matches every URL of the README.
import type { BadgeId } from '../evidence/kinds/disclosure.js';

export interface BadgePattern {
  badge: BadgeId;
  /** Matches a badge image or its target page; group 1, when present, is the project's identifier. */
  url: RegExp;
  /** The page a reader should follow, from the identifier (when the badge's own link is an image). */
  page?: (id: string) => string;
}

export const BADGES: readonly BadgePattern[] = [
  {
    badge: 'openssf-best-practices',
    url: /^https?:\/\/(?:www\.)?(?:bestpractices\.dev|bestpractices\.coreinfrastructure\.org)\/(?:[a-z]{2}(?:-[A-Za-z]{2,4})?\/)?projects\/(\d+)/i,
    page: (id) => `https://www.bestpractices.dev/projects/${id}`,
  },
  {
    // shields.io renders the Best Practices badge too: img.shields.io/cii/summary/2317.
    badge: 'openssf-best-practices',
    url: /^https?:\/\/img\.shields\.io\/cii\/(?:level|percentage|summary)\/(\d+)/i,
    page: (id) => `https://www.bestpractices.dev/projects/${id}`,
  },
  {
    badge: 'openssf-scorecard',
    url: /^https?:\/\/(?:api\.)?(?:securityscorecards\.dev|scorecard\.dev)\/(?:projects\/|viewer\/?\?uri=)((?:github\.com|gitlab\.com)\/[\w.-]+\/[\w.-]+)/i,
    page: (id) => `https://scorecard.dev/viewer/?uri=${id}`,
  },
  {
    badge: 'openssf-scorecard',
    url: /^https?:\/\/img\.shields\.io\/ossf-scorecard\/((?:github\.com|gitlab\.com)\/[\w.-]+\/[\w.-]+)/i,
    page: (id) => `https://scorecard.dev/viewer/?uri=${id}`,
  },
  {
    badge: 'clomonitor',
    url: /^https?:\/\/clomonitor\.io\/(?:api\/)?projects\/([\w-]+\/[\w-]+)/i,
    page: (id) => `https://clomonitor.io/projects/${id}`,
  },
  {
    badge: 'fossa',
    url: /^https?:\/\/app\.fossa\.(?:com|io)\/(?:api\/)?projects\/([^/?#]+?)(?:\.svg)?(?:[/?#]|$)/i,
  },
  { badge: 'artifact-hub', url: /^https?:\/\/artifacthub\.io\/(?:packages|badge\/repository)\/([^?#\s]+)/i },
  { badge: 'snyk', url: /^https?:\/\/(?:app\.)?snyk\.io\/(?:test|advisor|org)\/([^?#\s]+)/i },
  { badge: 'slsa', url: /^https?:\/\/slsa\.dev\/images\/gh-badge-level(\d)\.svg/i },
];

/** Where badges sit: the README at the root or in .github/ or docs/. */
export const BADGE_FILES = [
  'README.md',
  'README.markdown',
  'README.rst',
  'README',
  '.github/README.md',
  'docs/README.md',
];

/** URLs that are the badge image rather than the page behind it. */
export const BADGE_IMAGE = /\/badge(?:\/|$|\?)|\.svg(?:$|\?)|img\.shields\.io|\/api\//i;

/** A Scorecard run in CI (the action the OpenSSF publishes). */
export const SCORECARD_ACTION = /\bossf\/scorecard-action@/;
