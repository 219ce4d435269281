// Files that list a project's dependencies and their versions: what the template's SBOM row accepts when no
// bill of materials is published ("the libraries, packages, versions used by the project, may also include
// direct dependencies"). Lock files first: they pin every version.
export const DEPENDENCY_MANIFESTS: readonly string[] = [
  'go.sum',
  'go.mod',
  'package-lock.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'package.json',
  'Cargo.lock',
  'Cargo.toml',
  'poetry.lock',
  'uv.lock',
  'requirements.txt',
  'pyproject.toml',
  'Pipfile.lock',
  'Gemfile.lock',
  'composer.lock',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'gradle.lockfile',
  'packages.lock.json',
  'mix.lock',
  'Package.resolved',
  'pubspec.lock',
];

/** Directories (besides the root) where a repository commonly keeps its main module. */
export const MANIFEST_DIRS: readonly string[] = ['', 'src/', 'go/', 'ui/', 'web/', 'frontend/'];

/** At most this many manifests are named in the SBOM row. */
export const MAX_MANIFESTS = 4;
