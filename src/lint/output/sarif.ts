// SARIF 2.1.0 for GitHub code scanning: one run, the rules in tool.driver.rules, each finding a result with
// the document's location, the repository references as related locations, and a fingerprint that survives
// lines moving (rule, message and the line's text, not its number).
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sarifLog } from '../../render/sarif.js';
import type { LintReport } from '../lint.js';

const DOCS_URI =
  'https://github.com/cncf/tag-security/blob/main/community/assessments/guide/self-assessment.md';

/** The document's path as code scanning wants it: relative to the working directory, with forward slashes. */
function artifactUri(file: string): string {
  const rel = isAbsolute(file) ? relative(process.cwd(), file) : file;
  const posix = (rel.startsWith('..') ? file : rel).split(sep).join('/');
  return posix.replace(/^\.\//, '');
}

export function renderLintSarif(
  report: LintReport,
  tool: { name: string; version: string },
  lines?: readonly string[],
): string {
  const rules = report.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.description },
    help: { text: `${r.description} Fix: ${r.hint}.` },
    helpUri: DOCS_URI,
    defaultConfiguration: { level: r.severity },
    properties: { tags: ['self-assessment', r.group] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const uri = artifactUri(report.file);
  const repoLocal = report.repo && !/^[a-z]+:\/\//i.test(report.repo.source) ? report.repo.source : undefined;
  const results = report.findings.map((f) => {
    const lineText = (lines?.[f.line - 1] ?? '').trim();
    const fingerprint = createHash('sha256')
      .update(`${f.ruleId}\0${f.message}\0${lineText}`)
      .digest('hex')
      .slice(0, 32);
    return {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
      level: f.severity,
      message: { text: `${f.message}. Fix: ${f.hint}.` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri },
            region: { startLine: f.line, startColumn: f.column },
          },
        },
      ],
      ...(f.repoRefs?.length
        ? {
            relatedLocations: f.repoRefs.map((r, i) => ({
              id: i + 1,
              message: { text: `repository: ${r.line ? `${r.path}:${r.line}` : r.path}` },
              physicalLocation: {
                artifactLocation: r.url ? { uri: r.url } : { uri: r.path, uriBaseId: 'ASSESSED_REPO' },
                ...(r.line ? { region: { startLine: r.line } } : {}),
              },
            })),
          }
        : {}),
      partialFingerprints: { 'selfassessFinding/v1': fingerprint },
    };
  });
  return sarifLog({
    tool,
    informationUri: 'https://github.com/cncf/tag-security/tree/main/community/assessments',
    rules,
    results,
    ...(repoLocal
      ? {
          extra: {
            originalUriBaseIds: {
              ASSESSED_REPO: { uri: `${pathToFileURL(repoLocal).href.replace(/\/?$/, '/')}` },
            },
          },
        }
      : {}),
  });
}
