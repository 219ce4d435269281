// CI systems, recognised by the files they read from a repository. One row per system; the detectors read
// the YAML ones for the commands their jobs run (keys that hold scripts), and text files line by line.

export interface CiSystem {
  id: string;
  /** The name a reviewer knows it by. */
  name: string;
  /** picomatch globs over repository paths. */
  files: readonly string[];
  /**
   * How its files hold commands: `github` (the workflow model), `yaml` (scalars under script-like keys),
   * `text` (every line: Jenkinsfiles, Groovy), `none` (presence only).
   */
  format: 'github' | 'yaml' | 'text' | 'none';
  /** What the files are, for the sentence ("jobs defined in ci/jenkins/"). */
  noun: string;
}

export const CI_SYSTEMS: readonly CiSystem[] = [
  {
    id: 'github-actions',
    name: 'GitHub Actions',
    files: ['.github/workflows/*.yml', '.github/workflows/*.yaml'],
    format: 'github',
    noun: 'workflows',
  },
  {
    id: 'gitlab-ci',
    name: 'GitLab CI',
    files: ['.gitlab-ci.yml', '.gitlab-ci.yaml', '.gitlab/ci/**/*.yml', '.gitlab/ci/**/*.yaml'],
    format: 'yaml',
    noun: 'pipelines',
  },
  { id: 'travis', name: 'Travis CI', files: ['.travis.yml', '.travis.yaml'], format: 'yaml', noun: 'builds' },
  {
    id: 'circleci',
    name: 'CircleCI',
    files: ['.circleci/config.yml', '.circleci/config.yaml'],
    format: 'yaml',
    noun: 'workflows',
  },
  {
    id: 'azure-pipelines',
    name: 'Azure Pipelines',
    files: [
      'azure-pipelines.yml',
      'azure-pipelines.yaml',
      '.azure-pipelines/**/*.{yml,yaml}',
      'azure-pipelines/**/*.{yml,yaml}',
      '.azure/pipelines/**/*.{yml,yaml}',
      '.pipelines/**/*.{yml,yaml}',
    ],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'jenkins',
    name: 'Jenkins',
    files: [
      'Jenkinsfile',
      '**/Jenkinsfile',
      '**/Jenkinsfile.*',
      '**/*.jenkinsfile',
      '.jenkins/**/*.{groovy,yaml,yml,sh}',
      'jenkins/**/*.{groovy,yaml,yml,sh}',
      'ci/jenkins/**/*.{groovy,yaml,yml,sh}',
      '**/ci/jenkins/**/*.{groovy,yaml,yml,sh}',
    ],
    format: 'text',
    noun: 'jobs',
  },
  {
    id: 'prow',
    name: 'Prow',
    files: [
      '.prow.yaml',
      '.prow.yml',
      '.prow/*.{yaml,yml}',
      'prow/**/*.{yaml,yml}',
      '**/devinfra/prow/**/*.yaml',
    ],
    format: 'yaml',
    noun: 'jobs',
  },
  {
    id: 'openshift-ci',
    name: 'OpenShift CI (ci-operator)',
    files: ['.ci-operator.yaml'],
    format: 'none',
    noun: 'jobs',
  },
  {
    id: 'tekton',
    name: 'Tekton',
    files: ['.tekton/**/*.{yaml,yml}'],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'buildkite',
    name: 'Buildkite',
    files: ['.buildkite/**/*.{yml,yaml}', 'buildkite.yml', 'buildkite.yaml', '.bazelci/*.{yml,yaml}'],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'drone',
    name: 'Drone',
    files: ['.drone.yml', '.drone.yaml', '.drone.star'],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'woodpecker',
    name: 'Woodpecker CI',
    files: ['.woodpecker.yml', '.woodpecker.yaml', '.woodpecker/*.{yml,yaml}'],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'cirrus',
    name: 'Cirrus CI',
    files: ['.cirrus.yml', '.cirrus.yaml', '.cirrus.star'],
    format: 'yaml',
    noun: 'tasks',
  },
  {
    id: 'appveyor',
    name: 'AppVeyor',
    files: ['appveyor.yml', '.appveyor.yml', 'appveyor.yaml', '.appveyor.yaml'],
    format: 'yaml',
    noun: 'builds',
  },
  {
    id: 'semaphore',
    name: 'Semaphore',
    files: ['.semaphore/*.{yml,yaml}'],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'bitbucket',
    name: 'Bitbucket Pipelines',
    files: ['bitbucket-pipelines.yml', 'bitbucket-pipelines.yaml'],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'cloud-build',
    name: 'Google Cloud Build',
    files: ['cloudbuild.yaml', 'cloudbuild.yml', '**/cloudbuild.yaml', '**/cloudbuild.yml'],
    format: 'yaml',
    noun: 'builds',
  },
  {
    id: 'zuul',
    name: 'Zuul',
    files: ['.zuul.yaml', 'zuul.yaml', '.zuul.d/*.yaml', 'zuul.d/*.yaml'],
    format: 'yaml',
    noun: 'jobs',
  },
  {
    id: 'codefresh',
    name: 'Codefresh',
    files: ['codefresh.yml', '.codefresh/**/*.yml'],
    format: 'yaml',
    noun: 'pipelines',
  },
  {
    id: 'teamcity',
    name: 'TeamCity',
    files: ['.teamcity/**/*.kts', '.teamcity/**/*.xml'],
    format: 'none',
    noun: 'builds',
  },
  {
    id: 'packit',
    name: 'Packit',
    files: ['.packit.yaml', '.packit.yml', 'packit.yaml'],
    format: 'yaml',
    noun: 'jobs',
  },
];

/** Documentation of the CI itself: what runs where, how to re-run it. */
export const CI_DOC_GLOBS = [
  'ci/README.md',
  'ci/*/README.md',
  '.github/workflows/README.md',
  'docs/**/ci.md',
  'docs/**/ci/README.md',
  'docs/**/continuous-integration*.md',
  'docs/**/*-ci.md',
];

/**
 * Keys whose values are commands in the YAML CI formats (Travis `script`, GitLab `before_script`, CircleCI
 * `run`/`command`, Azure `bash`, Drone `commands`, Cirrus `*_script`, Jenkins Job Builder `shell`...).
 */
export const SCRIPT_KEYS = new Set([
  'script',
  'scripts',
  'before_script',
  'after_script',
  'before_install',
  'install',
  'after_success',
  'after_failure',
  'before_deploy',
  'deploy',
  'command',
  'commands',
  'run',
  'bash',
  'sh',
  'shell',
  'pwsh',
  'powershell',
  'cmd',
  'args',
  'entrypoint',
  'build_script',
  'test_script',
  'steps',
]);

/** Paths never read as the project's own CI or build files: other people's code, generated trees. */
export const NOT_PROJECT_PATHS = [
  '**/vendor/**',
  '**/node_modules/**',
  '**/third_party/**',
  '**/third-party/**',
  '**/3rdparty/**',
  '**/testdata/**',
  '**/test/fixtures/**',
  '**/fixtures/**',
  '**/examples/**',
];
