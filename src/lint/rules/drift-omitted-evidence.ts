// Evidence the repository shows that the document leaves out: the security contact address, private
// vulnerability reporting, the security policy, security scanners in the pipeline, the OpenSSF Best
// Practices badge. Each finding points at the document section where it belongs and at the repository.

import { TOOLS } from '../../catalogue/security-tools.js';
import { factsOfKind } from '../../evidence/model.js';
import type { SectionId } from '../../template/sections.js';
import type { AssessmentDoc } from '../document.js';
import { withoutUrls } from '../prose.js';
import type { RepoContext } from '../repo.js';
import { repoLinkTarget } from '../repo-links.js';
import { mentionOfTool, SECURITY_CATEGORIES } from '../tool-mentions.js';
import { defineRule, type Issue } from '../types.js';

/** The first of these sections the document has, else line 1. */
function lineFor(doc: AssessmentDoc, ...ids: SectionId[]): number {
  for (const id of ids) {
    const s = doc.sections.get(id);
    if (s) return s.line;
  }
  return 1;
}

function omitted(doc: AssessmentDoc, repo: RepoContext): Issue[] {
  const issues: Issue[] = [];
  const lower = doc.text.toLowerCase();
  const disclosureLine = lineFor(
    doc,
    'security-issue-resolution/responsible-disclosures-process',
    'security-issue-resolution',
  );
  for (const f of factsOfKind(repo.evidence, 'disclosure.reporting-channel')) {
    const ref = f.refs[0];
    if (!ref) continue;
    if (f.value.channel === 'email') {
      if (lower.includes(f.value.address.toLowerCase())) continue;
      issues.push({
        line: disclosureLine,
        message: `the repository gives ${f.value.address} for reporting vulnerabilities; the document does not mention it`,
        hint: `name ${f.value.address} in the disclosure process`,
        repoRefs: [repo.ref(ref.path, ref.line)],
      });
    } else if (f.value.channel === 'private-advisory') {
      if (/advisor|private vulnerability report|report a vulnerability/i.test(doc.text)) continue;
      issues.push({
        line: disclosureLine,
        message:
          "the repository's policy sends reports through the forge's private vulnerability reporting; the document does not mention it",
        hint: 'describe private vulnerability reporting in the disclosure process',
        repoRefs: [repo.ref(ref.path, ref.line)],
      });
    }
  }
  for (const f of factsOfKind(repo.evidence, 'disclosure.security-policy')) {
    const path = f.value.path;
    const linked = doc.links.some((l) =>
      repoLinkTarget(l.url, repo.slug, repo.docPath)?.paths.some(
        (p) => p.toLowerCase() === path.toLowerCase(),
      ),
    );
    // Named in prose ("see SECURITY.md"), not as part of a link to another project's file.
    const name = path.split('/').at(-1) ?? path;
    const named = new RegExp(`(?<![\\w/.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(
      withoutUrls(doc.text),
    );
    if (linked || named) continue;
    issues.push({
      line: lineFor(doc, 'metadata/security-links', 'metadata', 'security-issue-resolution'),
      message: `the repository has a security policy, ${path}; the document neither links nor names it`,
      hint: `link ${path} in Security links and in the disclosure process`,
      repoRefs: [repo.ref(path, f.refs[0]?.line)],
    });
  }
  const pipelineLine = lineFor(
    doc,
    'secure-development-practices/development-pipeline',
    'secure-development-practices',
  );
  for (const f of factsOfKind(repo.evidence, 'pipeline.tool')) {
    if (!SECURITY_CATEGORIES.has(f.value.category)) continue;
    const tool = TOOLS.find((t) => t.id === f.value.toolId);
    if (!tool || mentionOfTool(tool).find(doc.text) >= 0) continue;
    const ref = f.refs[0];
    issues.push({
      line: pipelineLine,
      message: `the repository runs ${f.value.tool} (${f.value.what}); the document does not mention it`,
      hint: `describe ${f.value.tool} in the Development Pipeline`,
      repoRefs: ref ? [repo.ref(ref.path, ref.line)] : [],
    });
  }
  for (const f of factsOfKind(repo.evidence, 'appendix.badge')) {
    if (f.value.badge !== 'openssf-best-practices' || !f.value.projectId) continue;
    const id = f.value.projectId;
    if (doc.links.some((l) => /bestpractices|\/cii\//i.test(l.url) && l.url.includes(id))) continue;
    const ref = f.refs[0];
    issues.push({
      line: lineFor(doc, 'appendix/openssf-best-practices', 'appendix'),
      message: `the repository shows the OpenSSF Best Practices badge of project ${id}; the document does not link it`,
      hint: `link https://www.bestpractices.dev/projects/${id} under OpenSSF Best Practices`,
      repoRefs: ref ? [repo.ref(ref.path, ref.line)] : [],
    });
  }
  return issues;
}

export const driftOmittedEvidence = defineRule({
  id: 'drift-omitted-evidence',
  group: 'repository',
  severity: 'warning',
  relaxedInDraft: false,
  needsRepo: true,
  description:
    'The document mentions the security contact, the security policy, the security scanners and the Best Practices badge the repository shows.',
  hint: 'add what the repository shows to the section named',
  check({ doc, repo }) {
    return repo ? omitted(doc, repo) : [];
  },
});
