// The tools a development pipeline runs and how each is recognised in a repository: GitHub Action `uses:`
// prefixes, commands on shell lines (workflow `run:` steps, Makefile recipes, CI scripts, other CI systems'
// scripts), configuration files, linters enabled inside golangci-lint, pre-commit hooks, and README badges.
// Adding a tool is a row here (and a fixture in test/unit/pipeline-tools.test.ts).

export type ToolCategory =
  | 'sast'
  | 'dependency-scan'
  | 'container-scan'
  | 'secret-scan'
  | 'fuzzing'
  | 'iac-scan'
  | 'dast'
  | 'lint'
  | 'coverage'
  | 'license'
  | 'sbom'
  | 'signing'
  | 'provenance'
  | 'release'
  | 'dependency-update'
  | 'scorecard';

/**
 * A command on a shell line: one or more words ("gosec", "go vet"), or a pattern with the word that starts it
 * (an empty word: a pattern tried on lines containing one of `hints`).
 */
export type CommandPattern = string | { word: string; re: RegExp; hints?: readonly string[] };

export interface Tool {
  id: string;
  name: string;
  category: ToolCategory;
  /** What it does, as a short noun phrase for the sentence ("a security linter for Go"). */
  what: string;
  /** GitHub Action references (owner/repo[/path]) matched as prefixes, case-insensitively, without @ref. */
  uses?: readonly string[];
  /** GitHub Action or reusable-workflow references matched by pattern (lower case, without @ref). */
  usesPattern?: RegExp;
  commands?: readonly CommandPattern[];
  /** Configuration files (picomatch globs): their presence shows the tool is set up. */
  configs?: readonly string[];
  /** The tool's names among golangci-lint's linters. */
  golangci?: readonly string[];
  /** pre-commit hook ids, or fragments of hook repository URLs. */
  preCommit?: readonly string[];
  /** Fragments of README links (badges) that show the tool is used. */
  badges?: readonly string[];
  /** The name is plural ("License header checks"): the sentence says "run", not "runs". */
  plural?: boolean;
  /** The draft's lead-in when it is not the category's. */
  topic?: PipelineTopic;
}

const TOOLS_SAST: Tool[] = [
  {
    id: 'codeql',
    name: 'CodeQL',
    category: 'sast',
    what: "GitHub's semantic code analysis",
    uses: ['github/codeql-action/init', 'github/codeql-action/analyze', 'github/codeql-action/autobuild'],
    commands: [{ word: 'codeql', re: /\bcodeql\s+(database|analyze|github)\b/ }],
    configs: [
      '.github/codeql/*.{yml,yaml}',
      '.github/codeql-config.{yml,yaml}',
      '.github/codeql/codeql-config.{yml,yaml}',
    ],
  },
  {
    id: 'gosec',
    name: 'gosec',
    category: 'sast',
    what: 'a security checker for Go code',
    uses: ['securego/gosec'],
    commands: ['gosec'],
    golangci: ['gosec'],
    preCommit: ['gosec'],
  },
  {
    id: 'semgrep',
    name: 'Semgrep',
    category: 'sast',
    what: 'pattern-based static analysis',
    uses: ['returntocorp/semgrep-action', 'semgrep/semgrep-action'],
    commands: ['semgrep'],
    configs: ['.semgrep.{yml,yaml}', 'semgrep.{yml,yaml}', '.semgrep/*.{yml,yaml}', '.semgrepignore'],
    preCommit: ['semgrep'],
  },
  {
    id: 'sonarcloud',
    name: 'SonarCloud/SonarQube',
    category: 'sast',
    what: 'code quality and security analysis',
    uses: [
      'sonarsource/sonarcloud-github-action',
      'sonarsource/sonarqube-scan-action',
      'sonarsource/sonarcloud-github-c-cpp',
    ],
    commands: ['sonar-scanner', { word: 'mvn', re: /\bmvn\b.*\bsonar:sonar\b/ }],
    configs: ['sonar-project.properties', '.sonarcloud.properties'],
  },
  {
    id: 'snyk',
    name: 'Snyk',
    category: 'dependency-scan',
    what: 'dependency, container and code vulnerability scanning',
    uses: ['snyk/actions'],
    commands: [{ word: 'snyk', re: /\bsnyk\s+(test|monitor|code|container|iac)\b/ }],
    configs: ['.snyk'],
    badges: ['snyk.io/test', 'snyk.io/advisor'],
  },
  {
    id: 'bandit',
    name: 'Bandit',
    category: 'sast',
    what: 'a security linter for Python',
    uses: ['pycqa/bandit-action', 'mdegis/bandit-action', 'shundor/python-bandit-scan'],
    commands: ['bandit'],
    configs: ['.bandit', 'bandit.{yml,yaml}', '.bandit.{yml,yaml}'],
    preCommit: ['bandit'],
  },
  {
    id: 'brakeman',
    name: 'Brakeman',
    category: 'sast',
    what: 'a security scanner for Ruby on Rails',
    commands: ['brakeman'],
    configs: ['config/brakeman.yml', 'config/brakeman.ignore'],
  },
  {
    id: 'qodana',
    name: 'Qodana',
    category: 'sast',
    what: "JetBrains' static analysis",
    uses: ['jetbrains/qodana-action'],
    configs: ['qodana.{yaml,yml}'],
  },
  {
    id: 'hadolint',
    name: 'Hadolint',
    category: 'sast',
    what: 'a Dockerfile linter with security rules',
    uses: ['hadolint/hadolint-action', 'jbergstroem/hadolint-gh-action'],
    commands: ['hadolint'],
    configs: ['.hadolint.{yaml,yml}'],
    preCommit: ['hadolint'],
  },
  {
    id: 'zizmor',
    name: 'zizmor',
    category: 'sast',
    what: 'a security linter for GitHub Actions workflows',
    uses: ['zizmorcore/zizmor-action', 'woodruffw/zizmor-action'],
    commands: ['zizmor'],
    configs: ['zizmor.yml', '.github/zizmor.yml'],
    preCommit: ['zizmor'],
  },
  {
    id: 'shared-code-scan',
    name: 'A shared code-scanning workflow',
    category: 'sast',
    what: 'a reusable workflow from another repository, whose tools are not visible here',
    usesPattern:
      /^[\w.-]+\/[\w.-]+\/\.github\/workflows\/[^/]*(?:codeql|code-?scan|code-?scanning|security-?scan|sast|scan)[^/]*\.ya?ml$/,
  },
  {
    id: 'clang-static-analyzer',
    name: 'Clang Static Analyzer',
    category: 'sast',
    what: 'static analysis for C and C++',
    commands: ['scan-build'],
  },
  {
    id: 'flawfinder',
    name: 'Flawfinder',
    category: 'sast',
    what: 'a security scanner for C and C++',
    uses: ['david-a-wheeler/flawfinder'],
    commands: ['flawfinder'],
  },
  {
    id: 'spotbugs',
    name: 'SpotBugs/FindSecBugs',
    category: 'sast',
    what: 'static analysis for Java',
    commands: [
      { word: 'mvn', re: /\bspotbugs:check\b/ },
      { word: 'gradle', re: /\bspotbugs\w*\b/ },
    ],
    configs: ['spotbugs-exclude.xml', '**/spotbugs-exclude.xml'],
  },
];

const TOOLS_DEPENDENCY_SCAN: Tool[] = [
  {
    id: 'govulncheck',
    name: 'govulncheck',
    category: 'dependency-scan',
    what: "Go's vulnerability checker for dependencies",
    uses: ['golang/govulncheck-action'],
    commands: ['govulncheck'],
  },
  {
    id: 'osv-scanner',
    name: 'OSV-Scanner',
    category: 'dependency-scan',
    what: 'dependency vulnerability scanning against OSV.dev',
    uses: ['google/osv-scanner-action', 'google/osv-scanner/actions'],
    commands: ['osv-scanner'],
    configs: ['osv-scanner.toml', '**/osv-scanner.toml'],
  },
  {
    id: 'dependency-review',
    name: 'Dependency Review',
    category: 'dependency-scan',
    what: "GitHub's check of vulnerable dependencies added in pull requests",
    uses: ['actions/dependency-review-action'],
    configs: ['.github/dependency-review-config.{yml,yaml}'],
  },
  {
    id: 'npm-audit',
    name: 'npm audit',
    category: 'dependency-scan',
    what: 'vulnerability audit of npm dependencies',
    commands: [
      { word: 'npm', re: /\bnpm\s+audit\b/ },
      { word: 'yarn', re: /\byarn\s+(npm\s+)?audit\b/ },
      { word: 'pnpm', re: /\bpnpm\s+audit\b/ },
      'audit-ci',
      'better-npm-audit',
    ],
  },
  {
    id: 'pip-audit',
    name: 'pip-audit',
    category: 'dependency-scan',
    what: 'vulnerability audit of Python dependencies',
    uses: ['pypa/gh-action-pip-audit'],
    commands: ['pip-audit', { word: 'safety', re: /\bsafety\s+(check|scan)\b/ }],
    preCommit: ['pip-audit'],
  },
  {
    id: 'cargo-audit',
    name: 'cargo-audit',
    category: 'dependency-scan',
    what: 'vulnerability audit of Rust crates (RustSec)',
    uses: ['rustsec/audit-check', 'actions-rs/audit-check'],
    commands: [{ word: 'cargo', re: /\bcargo\s+audit\b/ }, 'cargo-audit'],
  },
  {
    id: 'cargo-deny',
    name: 'cargo-deny',
    category: 'dependency-scan',
    what: 'advisory, license and source checks of Rust crates',
    uses: ['embarkstudios/cargo-deny-action'],
    commands: [{ word: 'cargo', re: /\bcargo\s+deny\b/ }, 'cargo-deny'],
    configs: ['deny.toml'],
  },
  {
    id: 'bundler-audit',
    name: 'bundler-audit',
    category: 'dependency-scan',
    what: 'vulnerability audit of Ruby gems',
    commands: ['bundler-audit', 'bundle-audit', { word: 'bundle', re: /\bbundle\s+audit\b/ }],
  },
  {
    id: 'nancy',
    name: 'Nancy',
    category: 'dependency-scan',
    what: 'vulnerability audit of Go dependencies against Sonatype OSS Index',
    uses: ['sonatype-nexus-community/nancy-github-action'],
    commands: ['nancy'],
    configs: ['.nancy-ignore'],
  },
  {
    id: 'owasp-dependency-check',
    name: 'OWASP Dependency-Check',
    category: 'dependency-scan',
    what: 'dependency vulnerability scanning',
    uses: ['dependency-check/dependency-check_action'],
    commands: [
      'dependency-check',
      'dependency-check.sh',
      { word: 'mvn', re: /\bdependency-check:(check|aggregate)\b/ },
    ],
  },
  {
    id: 'retire-js',
    name: 'Retire.js',
    category: 'dependency-scan',
    what: 'detection of vulnerable JavaScript libraries',
    commands: ['retire'],
    configs: ['.retireignore.json'],
  },
  {
    id: 'mend',
    name: 'Mend (WhiteSource)',
    category: 'dependency-scan',
    what: 'dependency vulnerability and license scanning',
    configs: ['.whitesource', 'whitesource.config'],
  },
];

const TOOLS_CONTAINER_SCAN: Tool[] = [
  {
    id: 'trivy',
    name: 'Trivy',
    category: 'container-scan',
    what: 'a vulnerability scanner for container images, file systems and configuration',
    uses: ['aquasecurity/trivy-action', 'aquasecurity/setup-trivy'],
    commands: ['trivy'],
    configs: ['trivy.{yaml,yml}', '.trivy.{yaml,yml}', '.trivyignore', '.trivyignore.yaml'],
  },
  {
    id: 'grype',
    name: 'Grype',
    category: 'container-scan',
    what: 'a vulnerability scanner for container images and file systems',
    uses: ['anchore/scan-action'],
    commands: ['grype'],
    configs: ['.grype.{yaml,yml}', '.grype/config.yaml'],
  },
  {
    id: 'docker-scout',
    name: 'Docker Scout',
    category: 'container-scan',
    what: 'container image vulnerability analysis',
    uses: ['docker/scout-action'],
    commands: [{ word: 'docker', re: /\bdocker\s+scout\s+(cves|quickview|recommendations)\b/ }],
  },
  {
    id: 'clair',
    name: 'Clair',
    category: 'container-scan',
    what: 'container image vulnerability scanning',
    commands: ['clairctl', 'clair-scanner'],
  },
  {
    id: 'anchore-engine',
    name: 'Anchore',
    category: 'container-scan',
    what: 'container image analysis',
    uses: ['anchore/anchore-scan-action'],
    commands: ['anchore-cli'],
  },
  {
    id: 'dockle',
    name: 'Dockle',
    category: 'container-scan',
    what: 'a container image linter for security best practices',
    uses: ['goodwithtech/dockle-action', 'erzz/dockle-action'],
    commands: ['dockle'],
  },
];

const TOOLS_SECRETS: Tool[] = [
  {
    id: 'gitleaks',
    name: 'Gitleaks',
    category: 'secret-scan',
    what: 'a scanner for secrets committed to git',
    uses: ['gitleaks/gitleaks-action', 'zricethezav/gitleaks-action'],
    commands: ['gitleaks'],
    configs: ['.gitleaks.toml', '.gitleaksignore'],
    preCommit: ['gitleaks'],
  },
  {
    id: 'trufflehog',
    name: 'TruffleHog',
    category: 'secret-scan',
    what: 'a scanner for leaked credentials',
    uses: ['trufflesecurity/trufflehog'],
    commands: ['trufflehog'],
    preCommit: ['trufflehog'],
  },
  {
    id: 'detect-secrets',
    name: 'detect-secrets',
    category: 'secret-scan',
    what: 'a scanner that keeps secrets out of the code base',
    commands: ['detect-secrets', 'detect-secrets-hook'],
    configs: ['.secrets.baseline'],
    preCommit: ['detect-secrets'],
  },
  {
    id: 'ggshield',
    name: 'GitGuardian ggshield',
    category: 'secret-scan',
    what: 'secret scanning',
    uses: ['gitguardian/ggshield-action', 'gitguardian/ggshield/actions'],
    commands: ['ggshield'],
    configs: ['.gitguardian.{yaml,yml}'],
    preCommit: ['ggshield'],
  },
  {
    id: 'git-secrets',
    name: 'git-secrets',
    category: 'secret-scan',
    what: 'a git hook that blocks committing secrets',
    commands: [{ word: 'git', re: /\bgit\s+secrets\s+--(scan|install|register)/ }, 'git-secrets'],
    preCommit: ['git-secrets'],
  },
  {
    id: 'talisman',
    name: 'Talisman',
    category: 'secret-scan',
    what: 'a pre-push hook that blocks secrets',
    commands: ['talisman'],
    configs: ['.talismanrc'],
    preCommit: ['talisman'],
  },
  {
    id: 'detect-private-key',
    name: 'pre-commit detect-private-key',
    category: 'secret-scan',
    what: 'a pre-commit check that blocks private keys',
    preCommit: ['detect-private-key', 'detect-aws-credentials'],
  },
];

const TOOLS_FUZZING: Tool[] = [
  {
    id: 'oss-fuzz',
    name: 'OSS-Fuzz',
    category: 'fuzzing',
    what: "Google's continuous fuzzing service, with CIFuzz on pull requests",
    uses: ['google/oss-fuzz/infra/cifuzz/actions'],
    commands: [{ word: 'infra', re: /\binfra\/helper\.py\b/ }],
    configs: ['**/oss_fuzz_build.sh', '**/oss-fuzz-build.sh', 'tests/fuzz/oss_fuzz_build.sh'],
    badges: [
      'oss-fuzz-build-logs',
      'bugs.chromium.org/p/oss-fuzz',
      'issues.oss-fuzz.com',
      'oss-fuzz/projects',
    ],
  },
  {
    id: 'clusterfuzzlite',
    name: 'ClusterFuzzLite',
    category: 'fuzzing',
    what: 'continuous fuzzing in CI',
    uses: ['google/clusterfuzzlite/actions'],
    configs: ['.clusterfuzzlite/*'],
  },
  {
    id: 'go-fuzz',
    name: 'Go native fuzzing',
    category: 'fuzzing',
    what: 'fuzz tests written with Go’s testing.F',
    commands: [{ word: 'go', re: /\bgo\s+test\b[^\n]*\s-fuzz[= ]/ }, 'go-fuzz', 'go-fuzz-build'],
  },
  {
    id: 'cargo-fuzz',
    name: 'cargo-fuzz',
    category: 'fuzzing',
    what: 'libFuzzer fuzzing for Rust',
    commands: [{ word: 'cargo', re: /\bcargo\s+(\+\w+\s+)?fuzz\b/ }],
    configs: ['fuzz/Cargo.toml', '**/fuzz/Cargo.toml'],
  },
  {
    id: 'jazzer',
    name: 'Jazzer',
    category: 'fuzzing',
    what: 'coverage-guided fuzzing for the JVM and JavaScript',
    commands: ['jazzer', 'jazzer.js'],
  },
  {
    id: 'atheris',
    name: 'Atheris',
    category: 'fuzzing',
    what: 'coverage-guided fuzzing for Python',
    commands: [{ word: 'pip', re: /\bpip3?\s+install\b[^\n]*\batheris\b/ }],
  },
  {
    id: 'fast-check',
    name: 'fast-check',
    category: 'fuzzing',
    what: 'property-based testing for JavaScript and TypeScript',
  },
  {
    id: 'libfuzzer',
    name: 'libFuzzer',
    category: 'fuzzing',
    what: 'in-process coverage-guided fuzzing for C and C++',
    commands: [
      { word: 'clang', re: /-fsanitize=[\w,]*fuzzer/ },
      { word: 'clang++', re: /-fsanitize=[\w,]*fuzzer/ },
    ],
  },
];

const TOOLS_IAC: Tool[] = [
  {
    id: 'checkov',
    name: 'Checkov',
    category: 'iac-scan',
    what: 'infrastructure-as-code security scanning',
    uses: ['bridgecrewio/checkov-action'],
    commands: ['checkov'],
    configs: ['.checkov.{yml,yaml}'],
    preCommit: ['checkov'],
  },
  {
    id: 'kubescape',
    name: 'Kubescape',
    category: 'iac-scan',
    what: 'Kubernetes manifest and cluster security scanning',
    uses: ['kubescape/github-action'],
    commands: [{ word: 'kubescape', re: /\bkubescape\s+scan\b/ }],
  },
  {
    id: 'kube-linter',
    name: 'KubeLinter',
    category: 'iac-scan',
    what: 'Kubernetes manifest and Helm chart security checks',
    uses: ['stackrox/kube-linter-action'],
    commands: ['kube-linter'],
    configs: ['.kube-linter.{yaml,yml}', '.kube-linter/*.yaml'],
  },
  {
    id: 'tfsec',
    name: 'tfsec',
    category: 'iac-scan',
    what: 'Terraform security scanning',
    uses: ['aquasecurity/tfsec-action', 'aquasecurity/tfsec-pr-commenter-action'],
    commands: ['tfsec'],
  },
  {
    id: 'kics',
    name: 'KICS',
    category: 'iac-scan',
    what: 'infrastructure-as-code security scanning',
    uses: ['checkmarx/kics-github-action', 'checkmarx/kics-action'],
    commands: [{ word: 'kics', re: /\bkics\s+scan\b/ }],
  },
  {
    id: 'kubesec',
    name: 'kubesec',
    category: 'iac-scan',
    what: 'Kubernetes manifest risk analysis',
    uses: ['controlplaneio/kubesec-action'],
    commands: [{ word: 'kubesec', re: /\bkubesec\s+scan\b/ }],
  },
  {
    id: 'zap',
    name: 'OWASP ZAP',
    category: 'dast',
    what: 'dynamic application security testing',
    uses: ['zaproxy/action-baseline', 'zaproxy/action-full-scan', 'zaproxy/action-api-scan'],
    commands: ['zap-baseline.py', 'zap-full-scan.py', 'zap-api-scan.py'],
  },
];

const TOOLS_LINT: Tool[] = [
  {
    id: 'golangci-lint',
    name: 'golangci-lint',
    category: 'lint',
    what: 'Go linters',
    uses: ['golangci/golangci-lint-action'],
    commands: ['golangci-lint'],
    configs: ['.golangci.{yml,yaml,toml,json}', 'golangci.{yml,yaml,toml,json}', '**/.golangci.{yml,yaml}'],
    preCommit: ['golangci-lint'],
  },
  {
    id: 'go-vet',
    name: 'go vet',
    category: 'lint',
    what: "Go's built-in static checks",
    commands: [{ word: 'go', re: /\bgo\s+vet\b/ }],
    golangci: ['govet'],
    preCommit: ['go-vet'],
  },
  {
    id: 'gofmt',
    name: 'gofmt',
    category: 'lint',
    what: 'Go formatting checks',
    commands: ['gofmt', { word: 'go', re: /\bgo\s+fmt\b/ }],
    golangci: ['gofmt', 'gofumpt'],
    preCommit: ['go-fmt', 'gofmt'],
  },
  {
    id: 'golint',
    name: 'golint',
    category: 'lint',
    what: 'Go style checks',
    commands: ['golint'],
    golangci: ['golint'],
    preCommit: ['golint', 'go-lint'],
  },
  {
    id: 'staticcheck',
    name: 'staticcheck',
    category: 'lint',
    what: 'advanced static analysis for Go',
    uses: ['dominikh/staticcheck-action'],
    commands: ['staticcheck'],
    golangci: ['staticcheck'],
  },
  {
    id: 'revive',
    name: 'revive',
    category: 'lint',
    what: 'Go style and correctness checks',
    uses: ['morphy2k/revive-action'],
    commands: ['revive'],
    golangci: ['revive'],
    configs: ['revive.toml', '.revive.toml'],
  },
  {
    id: 'eslint',
    name: 'ESLint',
    category: 'lint',
    what: 'JavaScript and TypeScript linting',
    commands: ['eslint'],
    configs: [
      '.eslintrc',
      '.eslintrc.{js,cjs,json,yml,yaml}',
      'eslint.config.{js,mjs,cjs,ts}',
      '*/.eslintrc.{js,cjs,json,yml,yaml}',
      '*/eslint.config.{js,mjs,cjs,ts}',
    ],
    preCommit: ['eslint'],
  },
  {
    id: 'biome',
    name: 'Biome',
    category: 'lint',
    what: 'JavaScript and TypeScript linting and formatting',
    commands: [{ word: 'biome', re: /\bbiome\s+(check|lint|ci)\b/ }],
    configs: ['biome.json', 'biome.jsonc'],
  },
  {
    id: 'shellcheck',
    name: 'ShellCheck',
    category: 'lint',
    what: 'shell script analysis',
    uses: ['ludeeus/action-shellcheck', 'reviewdog/action-shellcheck'],
    commands: ['shellcheck'],
    configs: ['.shellcheckrc'],
    preCommit: ['shellcheck'],
  },
  {
    id: 'markdownlint',
    name: 'markdownlint',
    category: 'lint',
    what: 'Markdown style checks',
    uses: [
      'davidanson/markdownlint-cli2-action',
      'articulate/actions-markdownlint',
      'nosborn/github-action-markdown-cli',
    ],
    commands: ['markdownlint', 'markdownlint-cli2', 'mdl'],
    configs: [
      '.markdownlint.{json,jsonc,yaml,yml}',
      '.markdownlint-cli2.{jsonc,yaml,cjs}',
      '.markdownlintrc',
      '.mdlrc',
    ],
    preCommit: ['markdownlint', 'markdownlint-cli2'],
  },
  {
    id: 'markdown-link-check',
    name: 'Markdown link checks',
    plural: true,
    category: 'lint',
    what: 'broken-link checks in documentation',
    uses: [
      'gaurav-nelson/github-action-markdown-link-check',
      'lycheeverse/lychee-action',
      'tcort/github-action-markdown-link-check',
    ],
    commands: ['markdown-link-check', 'lychee'],
    configs: ['lychee.toml', '.lycheeignore'],
  },
  {
    id: 'spelling',
    name: 'Spelling checks',
    plural: true,
    category: 'lint',
    what: 'misspell, codespell, typos or cspell',
    uses: [
      'codespell-project/actions-codespell',
      'crate-ci/typos',
      'streetsidesoftware/cspell-action',
      'check-spelling/check-spelling',
    ],
    commands: ['misspell', 'codespell', 'typos', 'cspell'],
    golangci: ['misspell'],
    configs: [
      '.codespellrc',
      '_typos.toml',
      'typos.toml',
      '.typos.toml',
      'cspell.json',
      '.cspell.json',
      'cspell.config.{yaml,yml,js}',
    ],
    preCommit: ['codespell', 'typos', 'misspell', 'cspell'],
  },
  {
    id: 'yamllint',
    name: 'yamllint',
    category: 'lint',
    what: 'YAML linting',
    uses: ['ibiqlik/action-yamllint', 'karancode/yamllint-github-action'],
    commands: ['yamllint'],
    configs: ['.yamllint', '.yamllint.{yml,yaml}'],
    preCommit: ['yamllint'],
  },
  {
    id: 'actionlint',
    name: 'actionlint',
    category: 'lint',
    what: 'GitHub Actions workflow linting',
    uses: ['raven-actions/actionlint', 'reviewdog/action-actionlint', 'devops-actions/actionlint'],
    commands: ['actionlint'],
    preCommit: ['actionlint'],
  },
  {
    id: 'flake8',
    name: 'Flake8',
    category: 'lint',
    what: 'Python linting',
    commands: ['flake8'],
    configs: ['.flake8', '.flake8rc', 'tox.ini'],
    preCommit: ['flake8'],
  },
  {
    id: 'pylint',
    name: 'Pylint',
    category: 'lint',
    what: 'Python linting',
    commands: ['pylint'],
    configs: ['.pylintrc', 'pylintrc'],
    preCommit: ['pylint'],
  },
  {
    id: 'ruff',
    name: 'Ruff',
    category: 'lint',
    what: 'Python linting',
    uses: ['astral-sh/ruff-action', 'chartboost/ruff-action'],
    commands: [{ word: 'ruff', re: /\bruff\s+(check|format)?/ }],
    configs: ['ruff.toml', '.ruff.toml'],
    preCommit: ['ruff', 'ruff-format'],
  },
  {
    id: 'clang-tidy',
    name: 'clang-tidy',
    category: 'lint',
    what: 'C and C++ linting and static analysis',
    commands: ['clang-tidy', 'run-clang-tidy', 'run_clang_tidy.sh'],
    configs: ['.clang-tidy'],
    preCommit: ['clang-tidy'],
  },
  {
    id: 'clang-format',
    name: 'clang-format',
    category: 'lint',
    what: 'C and C++ formatting checks',
    commands: ['clang-format', 'git-clang-format'],
    configs: ['.clang-format'],
    preCommit: ['clang-format'],
  },
  {
    id: 'cpplint',
    name: 'cpplint',
    category: 'lint',
    what: 'C++ style checks',
    commands: ['cpplint', 'cpplint.py'],
    configs: ['CPPLINT.cfg'],
    preCommit: ['cpplint'],
  },
  {
    id: 'rubocop',
    name: 'RuboCop',
    category: 'lint',
    what: 'Ruby linting',
    commands: ['rubocop'],
    configs: ['.rubocop.yml'],
    preCommit: ['rubocop'],
  },
  {
    id: 'clippy',
    name: 'Clippy',
    category: 'lint',
    what: 'Rust linting',
    uses: ['actions-rs/clippy-check', 'giraffate/clippy-action'],
    commands: [{ word: 'cargo', re: /\bcargo\s+(\+\w+\s+)?clippy\b/ }],
    configs: ['clippy.toml', '.clippy.toml'],
  },
  {
    id: 'rustfmt',
    name: 'rustfmt',
    category: 'lint',
    what: 'Rust formatting checks',
    commands: [{ word: 'cargo', re: /\bcargo\s+(\+\w+\s+)?fmt\b/ }, 'rustfmt'],
    configs: ['rustfmt.toml', '.rustfmt.toml'],
  },
  {
    id: 'helm-lint',
    name: 'Helm chart linting',
    category: 'lint',
    what: 'helm lint and chart-testing',
    uses: ['helm/chart-testing-action'],
    commands: [
      { word: 'helm', re: /\bhelm\s+lint\b/ },
      { word: 'ct', re: /\bct\s+(lint|lint-and-install)\b/ },
    ],
    configs: ['ct.yaml', '.github/ct.yaml', '.github/configs/ct-*.yaml'],
  },
  {
    id: 'buf',
    name: 'Buf',
    category: 'lint',
    what: 'Protocol Buffers linting and breaking-change checks',
    uses: ['bufbuild/buf-lint-action', 'bufbuild/buf-breaking-action', 'bufbuild/buf-action'],
    commands: [{ word: 'buf', re: /\bbuf\s+(lint|breaking)\b/ }],
  },
  {
    id: 'super-linter',
    name: 'Super-Linter',
    category: 'lint',
    what: 'a collection of linters in one action',
    uses: ['github/super-linter', 'super-linter/super-linter'],
  },
  {
    id: 'megalinter',
    name: 'MegaLinter',
    category: 'lint',
    what: 'a collection of linters in one action',
    uses: ['oxsecurity/megalinter', 'megalinter/megalinter', 'nvuillam/mega-linter'],
    configs: ['.mega-linter.{yml,yaml}'],
  },
  {
    id: 'arcanist-lint',
    name: 'Arcanist lint',
    category: 'lint',
    what: 'linters run by Phabricator’s arc lint',
    commands: [{ word: 'arc', re: /\barc\s+lint\b/ }],
    configs: ['.arclint'],
  },
  {
    id: 'checkstyle',
    name: 'Checkstyle',
    category: 'lint',
    what: 'Java style checks',
    configs: ['checkstyle.xml', 'config/checkstyle/checkstyle.xml', '**/checkstyle.xml'],
  },
  {
    id: 'commitlint',
    name: 'commitlint',
    category: 'lint',
    what: 'commit message checks',
    uses: ['wagoid/commitlint-github-action'],
    commands: ['commitlint'],
    configs: ['commitlint.config.{js,cjs,mjs,ts}', '.commitlintrc', '.commitlintrc.{json,yml,yaml,js}'],
  },
  {
    id: 'codecov',
    name: 'Codecov',
    category: 'coverage',
    what: 'test coverage reporting',
    uses: ['codecov/codecov-action'],
    commands: [{ word: 'codecov', re: /\bcodecov\b(?![.-]?ya?ml)/ }],
    configs: ['codecov.{yml,yaml}', '.codecov.{yml,yaml}', '.github/codecov.{yml,yaml}'],
    badges: ['codecov.io/gh/'],
  },
  {
    id: 'coveralls',
    name: 'Coveralls',
    category: 'coverage',
    what: 'test coverage reporting',
    uses: ['coverallsapp/github-action', 'shogo82148/actions-goveralls'],
    commands: ['goveralls', 'coveralls'],
    configs: ['.coveralls.yml'],
    badges: ['coveralls.io/repos/'],
  },
  {
    id: 'code-climate',
    name: 'Code Climate',
    category: 'coverage',
    what: 'maintainability and coverage analysis',
    uses: ['paambaati/codeclimate-action'],
    configs: ['.codeclimate.yml', '.codeclimate.json'],
  },
];

const TOOLS_LICENSE: Tool[] = [
  {
    id: 'fossa',
    name: 'FOSSA',
    category: 'license',
    what: 'license compliance and dependency scanning',
    uses: ['fossas/fossa-action'],
    commands: [{ word: 'fossa', re: /\bfossa\s+(analyze|test|report)\b/ }],
    configs: ['.fossa.{yml,yaml}'],
    badges: ['app.fossa.com/', 'app.fossa.io/'],
  },
  {
    id: 'go-licenses',
    name: 'go-licenses',
    category: 'license',
    what: 'license checks of Go dependencies',
    commands: ['go-licenses'],
  },
  {
    id: 'lichen',
    name: 'lichen',
    category: 'license',
    what: 'license checks of the dependencies compiled into Go binaries',
    commands: ['lichen'],
    configs: ['.lichen.{yaml,yml}', 'lichen.{yaml,yml}'],
  },
  {
    id: 'licensee',
    name: 'Licensee',
    category: 'license',
    what: 'license detection',
    commands: ['licensee'],
  },
  {
    id: 'license-finder',
    name: 'LicenseFinder',
    category: 'license',
    what: 'license checks of dependencies',
    commands: ['license_finder', 'license-finder'],
    configs: ['doc/dependency_decisions.yml', 'dependency_decisions.yml'],
  },
  {
    id: 'scancode',
    name: 'ScanCode',
    category: 'license',
    what: 'license and copyright scanning',
    uses: ['nexb/scancode-action', 'aboutcode-org/scancode-action'],
    commands: ['scancode'],
  },
  {
    id: 'reuse',
    name: 'REUSE',
    category: 'license',
    what: 'checks that every file declares its license (REUSE specification)',
    uses: ['fsfe/reuse-action'],
    commands: [{ word: 'reuse', re: /\breuse\s+lint\b/ }],
    configs: ['.reuse/dep5', 'REUSE.toml'],
    preCommit: ['reuse'],
  },
  {
    id: 'license-header-check',
    name: 'License checks',
    plural: true,
    topic: 'Code quality',
    category: 'license',
    what: 'that every source file carries the license header',
    uses: ['apache/skywalking-eyes', 'korandoru/hawkeye'],
    commands: [
      'addlicense',
      'license-eye',
      'licensecheck',
      'license-header-checker',
      {
        word: '',
        hints: ['licen', 'copyright', 'boilerplate'],
        re: /(?:^|[\s/"'])(?:check|verify|lint|validate)[-_]?(?:copyright|boilerplate|licen[cs]e)s?[\w-]*\.(?:sh|py|go)\b|(?:^|[\s/"'])licen[cs]es?\/(?:check|checker|verify)[\w-]*\.(?:sh|py|go)\b|(?:^|[\s/"'])(?:copyright|boilerplate|licen[cs]e)[-_](?:check|checker|verify|lint)[\w-]*\.(?:sh|py|go)\b/i,
      },
    ],
    configs: ['.licenserc.{yaml,yml,json}', 'licenserc.toml'],
    preCommit: ['insert-license', 'addlicense', 'license-header'],
  },
  {
    id: 'clearlydefined',
    name: 'ClearlyDefined',
    category: 'license',
    what: 'license data for dependencies',
    badges: ['clearlydefined.io/'],
  },
];

const TOOLS_SBOM: Tool[] = [
  {
    id: 'syft',
    name: 'Syft',
    category: 'sbom',
    what: 'SBOM generation',
    uses: ['anchore/sbom-action'],
    commands: ['syft'],
    configs: ['.syft.yaml', 'syft.yaml'],
  },
  {
    id: 'bom',
    name: 'bom (Kubernetes SIG Release)',
    category: 'sbom',
    what: 'SPDX SBOM generation',
    uses: ['kubernetes-sigs/release-actions/setup-bom'],
    commands: [{ word: 'bom', re: /\bbom\s+(generate|document)\b/ }],
  },
  {
    id: 'cdxgen',
    name: 'cdxgen',
    category: 'sbom',
    what: 'CycloneDX SBOM generation',
    commands: ['cdxgen'],
  },
  {
    id: 'cyclonedx',
    name: 'CycloneDX tools',
    plural: true,
    category: 'sbom',
    what: 'CycloneDX SBOM generation',
    uses: [
      'cyclonedx/gh-gomod-generate-sbom',
      'cyclonedx/gh-node-module-generatebom',
      'cyclonedx/gh-python-generate-sbom',
      'cyclonedx/gh-dotnet-generate-sbom',
    ],
    commands: [
      'cyclonedx-gomod',
      'cyclonedx-npm',
      'cyclonedx-py',
      'cyclonedx-bom',
      'cyclonedx',
      { word: 'mvn', re: /\bcyclonedx-maven-plugin\b|\bcyclonedx:make\w*Bom\b/ },
    ],
  },
  {
    id: 'spdx-sbom-generator',
    name: 'spdx-sbom-generator',
    category: 'sbom',
    what: 'SPDX SBOM generation',
    commands: ['spdx-sbom-generator'],
  },
  {
    id: 'docker-sbom',
    name: 'BuildKit SBOM attestations',
    plural: true,
    category: 'sbom',
    what: 'SBOMs attached to images at build time',
    commands: [{ word: 'docker', re: /\bdocker\s+buildx\s+build\b[^\n]*--sbom(=true)?\b/ }],
  },
];

const TOOLS_SIGNING: Tool[] = [
  {
    id: 'cosign',
    name: 'cosign',
    category: 'signing',
    what: 'Sigstore signing of container images and artifacts',
    uses: ['sigstore/cosign-installer'],
    commands: ['cosign'],
    configs: ['cosign.pub', '**/cosign.pub'],
  },
  {
    id: 'sigstore-python',
    name: 'Sigstore',
    category: 'signing',
    what: 'keyless signing of release artifacts',
    uses: ['sigstore/gh-action-sigstore-python'],
    commands: [{ word: 'sigstore', re: /\bsigstore\s+sign\b/ }, 'gitsign'],
  },
  {
    id: 'gpg',
    name: 'GPG',
    category: 'signing',
    what: 'signatures on release artifacts',
    uses: ['crazy-max/ghaction-import-gpg'],
    commands: [
      {
        word: 'gpg',
        re: /\bgpg2?\b[^\n|;&]*\s--?(detach-sign|sign|clearsign|clear-sign|detach)\b|\bgpg2?\b[^\n|;&]*\s-[a-z]*b[a-z]*\s/,
      },
      { word: 'gpg2', re: /\bgpg2\b[^\n|;&]*\s--(detach-sign|sign|clearsign)\b/ },
      'rpmsign',
      'debsign',
      'dpkg-sig',
      { word: 'rpm', re: /\brpm\s+--addsign\b/ },
    ],
  },
  {
    id: 'notation',
    name: 'Notation (Notary Project)',
    category: 'signing',
    what: 'signing of container images',
    uses: ['notaryproject/notation-action'],
    commands: [{ word: 'notation', re: /\bnotation\s+sign\b/ }],
  },
  {
    id: 'docker-content-trust',
    name: 'Docker Content Trust (Notary v1)',
    category: 'signing',
    what: 'signing of image tags',
    commands: [
      { word: 'docker_content_trust', re: /\bDOCKER_CONTENT_TRUST=1\b/i },
      { word: 'docker', re: /\bdocker\s+trust\s+sign\b/ },
    ],
  },
  {
    id: 'apple-notarization',
    name: 'Apple code signing and notarization',
    category: 'signing',
    what: 'signed and notarized macOS binaries',
    uses: ['apple-actions/import-codesign-certs'],
    commands: [
      { word: 'gon', re: /(?:^|[\s;&|])gon\s+\S+\.(hcl|json)\b/ },
      { word: 'xcrun', re: /\bxcrun\s+(notarytool|altool\s+--notarize|stapler)\b/ },
      'notarytool',
      { word: 'codesign', re: /\bcodesign\s+(-s|--sign|--force)\b/ },
    ],
    configs: ['gon.hcl', 'gon.json', '**/gon.hcl', '**/gon.json', '**/gon*.hcl'],
  },
  {
    id: 'authenticode',
    name: 'Windows Authenticode signing',
    category: 'signing',
    what: 'signed Windows binaries',
    commands: [{ word: 'signtool', re: /\bsigntool(\.exe)?\s+sign\b/i }, 'osslsigncode', 'azuresigntool'],
  },
];

const TOOLS_PROVENANCE: Tool[] = [
  {
    id: 'slsa-github-generator',
    name: 'SLSA GitHub generator',
    category: 'provenance',
    what: 'SLSA build provenance for releases',
    uses: ['slsa-framework/slsa-github-generator', 'slsa-framework/slsa-verifier/actions'],
    commands: ['slsa-verifier'],
  },
  {
    id: 'github-attestations',
    name: 'GitHub artifact attestations',
    plural: true,
    category: 'provenance',
    what: 'signed build provenance and SBOM attestations',
    uses: ['actions/attest-build-provenance', 'actions/attest-sbom', 'actions/attest'],
    commands: [{ word: 'gh', re: /\bgh\s+attestation\b/ }],
  },
  {
    id: 'in-toto',
    name: 'in-toto',
    category: 'provenance',
    what: 'supply-chain layout and attestations',
    uses: ['in-toto/github-action', 'testifysec/witness-run-action'],
    commands: ['in-toto-run', 'in-toto-record', 'witness'],
  },
  {
    id: 'buildkit-provenance',
    name: 'BuildKit provenance attestations',
    plural: true,
    category: 'provenance',
    what: 'provenance attached to images at build time',
    commands: [{ word: 'docker', re: /\bdocker\s+buildx\s+build\b[^\n]*--provenance(=(true|mode=max))?\b/ }],
  },
];

const TOOLS_RELEASE: Tool[] = [
  {
    id: 'goreleaser',
    name: 'GoReleaser',
    category: 'release',
    what: 'release builds',
    uses: ['goreleaser/goreleaser-action'],
    commands: [{ word: 'goreleaser', re: /\bgoreleaser\s+(release|build)\b/ }],
    configs: ['.goreleaser.{yml,yaml}', 'goreleaser.{yml,yaml}', '.goreleaser/*.{yml,yaml}'],
  },
  {
    id: 'ko',
    name: 'ko',
    category: 'release',
    what: 'Go container image builds, with SBOMs by default',
    uses: ['ko-build/setup-ko', 'imjasonh/setup-ko'],
    commands: [{ word: 'ko', re: /(?:^|[\s;&|])ko\s+(build|publish|resolve|apply)\b/ }],
    configs: ['.ko.yaml'],
  },
];

const TOOLS_DEPENDENCY_UPDATE: Tool[] = [
  {
    id: 'dependabot',
    name: 'Dependabot',
    category: 'dependency-update',
    what: 'automated dependency update pull requests',
    configs: ['.github/dependabot.{yml,yaml}'],
  },
  {
    id: 'renovate',
    name: 'Renovate',
    category: 'dependency-update',
    what: 'automated dependency update pull requests',
    uses: ['renovatebot/github-action'],
    configs: [
      'renovate.json',
      'renovate.json5',
      '.github/renovate.json',
      '.github/renovate.json5',
      '.gitlab/renovate.json',
      '.gitlab/renovate.json5',
      '.renovaterc',
      '.renovaterc.json',
      '.renovaterc.json5',
    ],
  },
  {
    id: 'scala-steward',
    name: 'Scala Steward',
    category: 'dependency-update',
    what: 'automated dependency update pull requests',
    uses: ['scala-steward-org/scala-steward-action'],
    configs: ['.scala-steward.conf', '.github/.scala-steward.conf', '.config/.scala-steward.conf'],
  },
  {
    id: 'pyup',
    name: 'PyUp',
    category: 'dependency-update',
    what: 'automated Python dependency updates',
    configs: ['.pyup.yml'],
  },
];

const TOOLS_SCORECARD: Tool[] = [
  {
    id: 'scorecard',
    name: 'OpenSSF Scorecard',
    category: 'scorecard',
    what: "the OpenSSF's automated supply-chain security checks",
    uses: ['ossf/scorecard-action'],
    commands: [{ word: 'scorecard', re: /\bscorecard\s+--(repo|local)\b/ }],
    configs: ['scorecard.yml', '.scorecard.yml', '.github/scorecard.yml'],
    badges: [
      'api.securityscorecards.dev',
      'api.scorecard.dev',
      'scorecard.dev/viewer',
      'securityscorecards.dev/viewer',
    ],
  },
];

export const TOOLS: readonly Tool[] = [
  ...TOOLS_SAST,
  ...TOOLS_DEPENDENCY_SCAN,
  ...TOOLS_CONTAINER_SCAN,
  ...TOOLS_SECRETS,
  ...TOOLS_FUZZING,
  ...TOOLS_IAC,
  ...TOOLS_LINT,
  ...TOOLS_LICENSE,
  ...TOOLS_SBOM,
  ...TOOLS_SIGNING,
  ...TOOLS_PROVENANCE,
  ...TOOLS_RELEASE,
  ...TOOLS_DEPENDENCY_UPDATE,
  ...TOOLS_SCORECARD,
];

/** The bold lead-in the draft groups a tool's statement under. */
export type PipelineTopic =
  | 'Code review and contribution'
  | 'Continuous integration and testing'
  | 'Security scanning'
  | 'Code quality'
  | 'Dependencies'
  | 'Release integrity'
  | 'OpenSSF Scorecard'
  | 'CI hygiene';

export const CATEGORY_TOPIC: Record<ToolCategory, PipelineTopic> = {
  sast: 'Security scanning',
  'dependency-scan': 'Security scanning',
  'container-scan': 'Security scanning',
  'secret-scan': 'Security scanning',
  fuzzing: 'Security scanning',
  'iac-scan': 'Security scanning',
  dast: 'Security scanning',
  lint: 'Code quality',
  coverage: 'Code quality',
  license: 'Dependencies',
  sbom: 'Dependencies',
  'dependency-update': 'Dependencies',
  signing: 'Release integrity',
  provenance: 'Release integrity',
  release: 'Release integrity',
  scorecard: 'OpenSSF Scorecard',
};

/**
 * Categories a reviewer expects to read about; when none of their tools is found, the draft asks (a todo
 * naming where it looked). The hint is what a human may know that files do not show.
 */
export const EXPECTED_CATEGORIES: readonly {
  categories: ToolCategory[];
  lookedFor: string;
  detail: string;
}[] = [
  {
    categories: ['sast'],
    lookedFor: 'static application security testing (SAST: CodeQL, gosec, Semgrep...)',
    detail: "if the forge's code scanning (e.g. CodeQL default setup) is on, say so",
  },
  {
    categories: ['dependency-scan', 'container-scan'],
    lookedFor: 'dependency or container image vulnerability scanning',
    detail: "if the forge's dependency alerts or a registry's image scanning are on, say so",
  },
  {
    categories: ['secret-scan'],
    lookedFor: 'secret scanning',
    detail: "if the forge's secret scanning and push protection are on, say so",
  },
  {
    categories: ['fuzzing'],
    lookedFor: 'fuzzing (OSS-Fuzz, ClusterFuzzLite, native fuzz tests)',
    detail: 'if the project is fuzzed elsewhere (e.g. an OSS-Fuzz project), say where',
  },
  {
    categories: ['dependency-update'],
    lookedFor: 'automated dependency updates (Dependabot, Renovate)',
    detail: "if the forge's automated updates are switched on in its settings, say so",
  },
  {
    categories: ['signing', 'provenance'],
    lookedFor: 'signing or provenance of releases (cosign, GPG, SLSA, attestations)',
    detail: 'say how users can verify that a release comes from the project',
  },
  {
    categories: ['sbom'],
    lookedFor: 'SBOM generation (Syft, bom, CycloneDX, SPDX)',
    detail: 'if releases ship an SBOM made elsewhere, say where it is published',
  },
];
