// Where a repository names its own web address, for when the clone's origin remote does not (a local
// mirror, a tarball, a fork's clone). Weights say how strongly each kind of mention identifies the
// repository itself rather than a project it links to.

/** Files read for self-links, in order of trust. */
export const SELF_LINK_FILES = [
  'go.mod',
  'package.json',
  'Cargo.toml',
  'pyproject.toml',
  'setup.cfg',
  'SECURITY-INSIGHTS.yml',
  'security-insights.yml',
  'README.md',
  'README.rst',
  'README',
  'CONTRIBUTING.md',
  '.github/CONTRIBUTING.md',
  'SECURITY.md',
  '.github/SECURITY.md',
  '.github/ISSUE_TEMPLATE/config.yml',
  'mkdocs.yml',
  '.goreleaser.yml',
  '.goreleaser.yaml',
  '.travis.yml',
] as const;

/**
 * Manifests list dependencies beside the project's own address; only their declaration lines (`module`,
 * `repository`, `homepage`...) count, never a `require` line.
 */
export const MANIFEST_FILES = new Set([
  'go.mod',
  'package.json',
  'Cargo.toml',
  'pyproject.toml',
  'setup.cfg',
]);

/** Hosts whose `owner/name` paths are repositories. */
export const FORGE_HOSTS = ['github.com', 'gitlab.com'] as const;

/** Path segments after owner/name that only the repository's own pages have. */
export const REPO_PAGE_SEGMENTS = [
  'blob',
  'tree',
  'issues',
  'pulls',
  'pull',
  'actions',
  'workflows',
  'releases',
  'discussions',
  'security',
  'wiki',
  'graphs',
  'projects',
  'labels',
  'milestones',
  'compare',
  'commits',
  'raw',
  'fork',
  'stargazers',
  'network',
] as const;

export const SELF_LINK_WEIGHTS = {
  /** `module github.com/o/r`, a manifest's repository field: the repository declares its own path. */
  declaration: 5,
  /** A link to one of the repository's own pages (issues, blob, actions badge...). */
  repoPage: 2,
  /** A bare link to owner/name. */
  bare: 1,
} as const;

/** Owner names that are never the project (GitHub's own pages, badge services). */
export const NOT_PROJECT_OWNERS = new Set([
  'orgs',
  'apps',
  'marketplace',
  'sponsors',
  'features',
  'topics',
  'settings',
  'login',
  'notifications',
  'about',
  'site',
  'contact',
  'pricing',
  'github',
]);
