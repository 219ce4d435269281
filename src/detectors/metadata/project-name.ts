// The project's name, for the title and the template's "[project]": the README's first heading when it
// is a short name, else the repository's name from the origin remote.
import { fact } from '../../evidence/model.js';
import { markdownHeadings } from '../../markdown/parse.js';
import { defineDetector } from '../detector.js';

const README = ['README.md', 'readme.md', 'Readme.md', 'README.markdown'];
/** A heading longer than this is a tagline, not a name. */
const MAX_NAME_WORDS = 4;

export const projectNameDetector = defineDetector({
  id: 'project-name',
  section: 'metadata',
  reads: README,
  detect(snapshot) {
    for (const path of README) {
      if (!snapshot.has(path)) continue;
      const doc = snapshot.markdown(path);
      const h1 = doc ? markdownHeadings(doc).find((h) => h.depth === 1) : undefined;
      const name = h1 ? cleanName(h1.text) : undefined;
      if (h1 && name) {
        return {
          facts: [
            fact('metadata.project-name', 'metadata', { name }, [snapshot.ref(path, h1.line)], 'stated'),
          ],
          unknowns: [],
        };
      }
    }
    if (snapshot.forge) {
      const repoName = snapshot.forge.repo.split('/').pop() ?? snapshot.forge.repo;
      return {
        facts: [fact('metadata.project-name', 'metadata', { name: repoName }, [], 'inferred')],
        unknowns: [],
      };
    }
    return {
      facts: [],
      unknowns: [
        {
          id: 'metadata.project-name',
          section: 'metadata',
          lookedFor: "the project's name (README title)",
          lookedIn: README,
          reason: 'not-found',
        },
      ],
    };
  },
});

/** "Welcome to Foo", "Foo: a thing" and emoji-decorated titles reduce to the name. */
export function cleanName(heading: string): string | undefined {
  const name = heading
    .replace(/:[a-z0-9_+-]{1,40}:/g, '')
    .replace(/^welcome to\s+/i, '')
    .split(/\s+[-–—:|]\s+|:\s/)[0]
    ?.replace(/[^\p{L}\p{N}\s._+-]/gu, '')
    .trim();
  if (!name || name.split(/\s+/).length > MAX_NAME_WORDS) return undefined;
  return name;
}
