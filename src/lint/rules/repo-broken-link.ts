// Links into the assessed repository whose path it does not have (at the snapshot's commit): GitHub
// blob/tree/raw links to the same owner/repo on a branch, and relative links of an assessment kept in the
// repository. Links pinned to a commit or a version tag keep working and are left alone.
import { posix } from 'node:path';
import { repoLinkTarget } from '../repo-links.js';
import { defineRule, type Issue } from '../types.js';

export const repoBrokenLink = defineRule({
  id: 'repo-broken-link',
  group: 'repository',
  severity: 'warning',
  relaxedInDraft: false,
  needsRepo: true,
  description: 'Links into the repository reach a file or folder it has.',
  hint: 'update the link to where the file is now, or remove it',
  check({ doc, repo }) {
    if (!repo) return [];
    const issues: Issue[] = [];
    const at = repo.identity.commit ? ` at ${repo.identity.commit.slice(0, 12)}` : '';
    for (const link of doc.links) {
      const target = repoLinkTarget(link.url, repo.slug, repo.docPath);
      if (!target) continue;
      if (target.paths.some((p) => repo.hasFile(p) || repo.hasDirectory(p))) continue;
      const path = target.paths[0] as string;
      // A file of the same name elsewhere is most likely where it moved.
      const name = posix.basename(path);
      const moved = name.includes('.') ? repo.files.filter((f) => posix.basename(f) === name) : [];
      issues.push({
        line: link.line,
        column: link.column,
        message: `links to ${path}${target.ref ? ` (${target.ref})` : ''}, which the repository does not have${at}`,
        hint:
          moved.length === 1
            ? `it may have moved to ${moved[0]}; update the link`
            : 'update the link to where the file is now, or remove it',
        ...(moved.length === 1 ? { repoRefs: [repo.ref(moved[0] as string)] } : {}),
      });
    }
    return issues;
  },
});
