// How projects state and enforce their contribution controls: where the rules are written, the phrases
// that state a DCO or CLA requirement or a review rule, the services and configurations that enforce them,
// client-side hook setups, and release and backport documents. Data only; the pipeline detectors read it.

/** Documents where contribution rules are written, most authoritative first (case-insensitive globs). */
export const CONTRIBUTION_DOCS = [
  'CONTRIBUTING.md',
  '.github/CONTRIBUTING.md',
  'docs/CONTRIBUTING.md',
  'GOVERNANCE.md',
  '.github/GOVERNANCE.md',
  'docs/GOVERNANCE.md',
  'MAINTAINERS.md',
  'CODE_REVIEW.md',
  'REVIEWING.md',
  'DEVELOPMENT.md',
  'CONTRIBUTORS.md',
  'docs/{contributing,contribute,code-review,code_review,reviewing,review,development,dco,cla,governance}.md',
  '.github/{PULL_REQUEST_TEMPLATE,pull_request_template}.md',
  'README.md',
] as const;

/** At most this many contribution documents are parsed. */
export const MAX_CONTRIBUTION_DOCS = 10;

/** Words that name the Developer Certificate of Origin or its sign-off. */
export const DCO_TERM =
  /\bDCO\b|Developer Certificate of Origin|developercertificate\.org|Signed-off-by|\bsign(?:ed)?[- ]?off\b|\bsignoff\b|\bgit commit -s\b/i;

/** Words that make a sentence a requirement. */
export const REQUIREMENT =
  /\b(must|required|requires?|requirement|need(?:s|ed)? to|needs|have to|has to|mandatory|enforced?|enforces|all commits|every commit|each commit|please)\b/i;

/** Words that make a sentence about a past or abandoned practice. */
export const NOT_CURRENT =
  /\b(earlier|previous(?:ly)?|no longer|not required|instead of|replaced|used to|compared to|formerly)\b/i;

/** The DCO GitHub App (probot/dco), named in prose. */
export const DCO_APP = /\bDCO\s+(?:GitHub\s+|Github\s+)?(?:App|bot)\b|github\.com\/apps\/dco\b|probot\/dco/i;
/** An automated sign-off check, named in prose without saying which. */
export const DCO_CHECK =
  /\b(?:automated|automatic)\s+DCO\s+(?:status\s+)?check\b|\bDCO\s+(?:status\s+)?check\s+(?:fails|will fail|runs)\b/i;

/** Actions and commands that check sign-offs on pull requests. */
export const DCO_ACTIONS = [
  'tim-actions/dco',
  'christophebedard/dco-check',
  'kineticcafe/actions-dco',
  'tisonkun/actions-dco',
  'cncf/dco-action',
  'gsactions/dco-check',
  'dcoapp/app',
];
export const DCO_COMMAND = /\bdco-check\b|\bcheck-dco\b|\bverify-dco\b/;

/** Configuration of the DCO GitHub App. */
export const DCO_CONFIGS = ['.github/dco.yml', '.github/dco.yaml'];

export const CLA_TERM =
  /Contributor License Agreement|\bCLA\b|cla-assistant|EasyCLA|cla\.developers\.google\.com|identity\.linuxfoundation\.org|communitybridge/i;

/** CLA services, recognised in prose or in workflows. */
export const CLA_SERVICES: { name: string; text: RegExp; uses?: string[] }[] = [
  {
    name: 'EasyCLA (Linux Foundation)',
    text: /EasyCLA|communitybridge|identity\.linuxfoundation\.org|lfcla|\bLF CLA\b/i,
  },
  {
    name: 'CLA Assistant',
    text: /cla-assistant|CLA Assistant/i,
    uses: ['contributor-assistant/github-action', 'cla-assistant/github-action'],
  },
  { name: "Google's CLA", text: /cla\.developers\.google\.com|Google CLA/i },
  { name: 'the Apache ICLA', text: /\bICLA\b|apache\.org\/licenses\/contributor-agreements/i },
];

/** Files that hold a CLA's text or its bot's configuration. */
export const CLA_FILES = [
  'CLA.md',
  'CLA',
  'CLA.txt',
  'cla.md',
  '.clabot',
  '.github/cla.yml',
  'docs/CLA.md',
  '.github/CLA.md',
];

/** Where GitHub and GitLab read code owners. */
export const CODEOWNERS_PATHS = ['CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS', '.gitlab/CODEOWNERS'];

/** At most this many Prow OWNERS files are read. */
export const MAX_OWNERS_FILES = 150;

const ROLE = String.raw`(maintainers?|approvers?|reviewers?|committers?|code\s*owners?|owners?|core(?:\s+team)?\s+members?|team\s+members?)`;
const COUNT = '(one|two|three|four|1|2|3|4|a|an|single)';

/** Stated review rules: "two approvals", "one maintainer's approval", "approved by at least one maintainer". */
export const REVIEW_RULES: RegExp[] = [
  new RegExp(
    String.raw`\b(?:at least|a minimum of|minimum of|min\.?)?\s*${COUNT}\s+(?:other\s+|more\s+|additional\s+|different\s+|non-author\s+)?${ROLE}(?:['’]s?)?\s+(?:approvals?|approve|reviews?|LGTMs?|sign-?offs?|must approve|need to approve|have approved|to approve|to review)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:at least\s+)?${COUNT}\s+(?:approving\s+)?(approvals|approving reviews|LGTMs?|\+1s)\b`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:approved|reviewed|signed off|LGTM['’]?d|accepted)\s+by\s+(?:at least\s+)?${COUNT}\s+(?:other\s+|more\s+)?${ROLE}`,
    'i',
  ),
  new RegExp(
    String.raw`\b(?:approvals?|reviews?|LGTMs?)\s+(?:is\s+|are\s+)?(?:required\s+)?from\s+(?:at least\s+)?${COUNT}\s+(?:other\s+|more\s+)?${ROLE}`,
    'i',
  ),
];

/** A review rule must be about changes, not about membership or elections. */
export const REVIEW_CONTEXT =
  /\b(pull requests?|PRs?|merg\w*|code reviews?|review process|patch(?:es)?|changes?|commits?)\b/i;
export const NOT_REVIEW_CONTEXT =
  /\b(member(?:ship)?s?\b|nominat\w*|elect\w*|vot(?:e|es|ing)|promot\w*|charter|emeritus|remov\w*)/i;

/** Git hook names (a file with one of these names in a hooks directory is a client-side hook). */
export const GIT_HOOK_NAMES = new Set([
  'pre-commit',
  'prepare-commit-msg',
  'commit-msg',
  'post-commit',
  'pre-push',
  'pre-rebase',
  'post-checkout',
  'post-merge',
]);

/** Hook managers, by their configuration. */
export const HOOK_MANAGERS: { name: string; files: string[] }[] = [
  { name: 'pre-commit', files: ['.pre-commit-config.yaml', '.pre-commit-config.yml'] },
  {
    name: 'Lefthook',
    files: ['lefthook.yml', 'lefthook.yaml', '.lefthook.yml', '.lefthook.yaml', 'lefthook.json'],
  },
  {
    name: 'Husky',
    files: ['.husky/pre-commit', '.husky/commit-msg', '.husky/pre-push', '.husky/prepare-commit-msg'],
  },
  { name: 'Overcommit', files: ['.overcommit.yml'] },
];

/** Release process documents, by file name. */
export const RELEASE_DOC =
  /(?:^|\/)(?:RELEASE|RELEASES|RELEASING|release|releases|releasing|release[-_](?:process|management|guide|procedure|checklist|cycle))\.(?:md|rst)$/i;

/** Backport and cherry-pick policy documents, by file name or heading. */
export const BACKPORT_DOC = /(?:^|\/)[^/]*(?:cherry[-_]?picks?|backports?)[^/]*\.(?:md|rst)$/i;
export const BACKPORT_HEADING = /\b(cherry[- ]?picks?|backports?|backporting)\b/i;
export const BACKPORT_WORKFLOW = /cherry[-_]?pick|backport/i;

/** Container registries a release can publish to, by host name. */
export const REGISTRIES: { name: string; host: RegExp }[] = [
  { name: 'GitHub Container Registry (ghcr.io)', host: /\bghcr\.io\b/ },
  { name: 'Docker Hub', host: /\b(?:docker\.io|index\.docker\.io|registry\.hub\.docker\.com)\b/ },
  { name: 'Quay.io', host: /\bquay\.io\b/ },
  { name: 'Google Container Registry', host: /\b(?:[a-z]{2}\.)?gcr\.io\b/ },
  { name: 'Google Artifact Registry', host: /\b[a-z0-9-]+-docker\.pkg\.dev\b/ },
  { name: 'Amazon ECR', host: /\bpublic\.ecr\.aws\b|\b\d+\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com\b/ },
  { name: 'Azure Container Registry', host: /\b[a-z0-9-]+\.azurecr\.io\b/ },
  { name: 'GitLab Container Registry', host: /\bregistry\.gitlab\.com\b/ },
];

/** A workflow, action or script line that publishes images or charts. */
export const PUBLISH_SIGNAL =
  /docker\/login-action|docker\/build-push-action|\bdocker\s+(?:buildx\s+)?push\b|\bko\s+(?:build|publish|resolve)\b|\bcrane\s+(?:push|copy|cp)\b|\bhelm\s+push\b|\bgoreleaser\b|\bpodman\s+push\b|\bskopeo\s+copy\b|KO_DOCKER_REPO/;

/** Helm charts listed on Artifact Hub (Chart.yaml annotations, the repository metadata file, a badge). */
export const ARTIFACT_HUB = /artifacthub\.io\//;
export const ARTIFACT_HUB_FILES = [
  'artifacthub-repo.yml',
  'artifacthub-repo.yaml',
  '**/artifacthub-repo.yml',
  '**/artifacthub-repo.yaml',
];
