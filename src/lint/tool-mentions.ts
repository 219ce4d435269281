// How an assessment names the catalogued tools (src/catalogue/security-tools.ts), for drift checks: which
// words to look for, and which tools to leave out because their names are ordinary words or descriptions
// ("ko", "Biome", "Spelling checks") that a document uses without meaning the tool.
import { TOOLS, type Tool, type ToolCategory } from '../catalogue/security-tools.js';

/** Tools whose catalogue names a document cannot be searched for reliably. */
const NOT_SEARCHABLE = new Set([
  'shared-code-scan',
  'dependency-review',
  'nancy',
  'detect-private-key',
  'go-fuzz',
  'revive',
  'biome',
  'markdown-link-check',
  'spelling',
  'helm-lint',
  'buf',
  'arcanist-lint',
  'license-header-check',
  'bom',
  'cyclonedx',
  'docker-sbom',
  'gpg',
  'apple-notarization',
  'authenticode',
  'github-attestations',
  'buildkit-provenance',
  'ko',
  'sigstore-python',
  'in-toto',
  'notation',
  'scorecard',
  'mend',
  'reuse',
]);

/** The names a document uses for a tool, when the catalogue's display name is not one of them. */
const EXTRA_NAMES: Record<string, readonly string[]> = {
  sonarcloud: ['SonarCloud', 'SonarQube'],
  spotbugs: ['SpotBugs', 'FindSecBugs'],
  ggshield: ['ggshield', 'GitGuardian'],
  'clang-static-analyzer': ['Clang Static Analyzer', 'scan-build'],
  'owasp-dependency-check': ['OWASP Dependency-Check', 'Dependency-Check'],
  zap: ['OWASP ZAP', 'ZAP'],
  'go-vet': ['go vet'],
  'anchore-engine': ['Anchore'],
  'docker-content-trust': ['Docker Content Trust'],
  'slsa-github-generator': ['slsa-github-generator'],
  fossa: ['FOSSA'],
};

/** Security scanning and supply-chain tools: a document about secure development should mention them. */
export const SECURITY_CATEGORIES: ReadonlySet<ToolCategory> = new Set([
  'sast',
  'dependency-scan',
  'container-scan',
  'secret-scan',
  'fuzzing',
  'iac-scan',
  'dast',
  'sbom',
  'signing',
  'provenance',
]);

export interface ToolMention {
  tool: Tool;
  names: readonly string[];
  /** Index of the first mention in `text`, or -1. */
  find(text: string): number;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name as a pattern: hyphens and spaces match either ("golangci-lint", "golangci lint"); whole words only. */
function wordPattern(names: readonly string[], flags: string): RegExp | undefined {
  if (names.length === 0) return undefined;
  const body = names.map((n) => escapeRegExp(n).replace(/[-\s]+/g, '[-\\s]?')).join('|');
  return new RegExp(`(?<![\\w-])(?:${body})(?![\\w-])`, flags);
}

function mentionOf(tool: Tool): ToolMention {
  const names = EXTRA_NAMES[tool.id] ?? [tool.name];
  // Short names (KICS, Ruff, ZAP) are matched in their own case, longer ones in any case.
  const anyCase = wordPattern(
    names.filter((n) => n.length > 4),
    'i',
  );
  const ownCase = wordPattern(
    names.filter((n) => n.length <= 4),
    '',
  );
  return {
    tool,
    names,
    find(text) {
      const a = anyCase ? text.search(anyCase) : -1;
      const b = ownCase ? text.search(ownCase) : -1;
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    },
  };
}

/** Every tool a document can be searched for. */
export const TOOL_MENTIONS: readonly ToolMention[] = TOOLS.filter((t) => !NOT_SEARCHABLE.has(t.id)).map(
  mentionOf,
);

/** The mention finder for one tool (searchable or not: omissions are checked for every security tool). */
export function mentionOfTool(tool: Tool): ToolMention {
  return TOOL_MENTIONS.find((m) => m.tool.id === tool.id) ?? mentionOf(tool);
}
