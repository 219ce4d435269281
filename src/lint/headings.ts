// Maps an assessment's headings to the template's sections. People number headings ("1. Metadata",
// "ii. Goals"), bold them, end them with a colon, write "Non-Goals" or "Related Projects/Vendors", and use
// any level from H1 to H4: the comparison ignores all of that, and the template model's `aliases` hold the
// other names in common use.
import { type SectionId, TEMPLATE_SECTIONS, type TemplateSection } from '../template/sections.js';

/** Lower case, numbering and punctuation removed, `&` read as "and", one space between words. */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/^\s*(?:(?:\d+(?:\.\d+)*|[ivxlc]{1,6}|[a-z])[.)]\s*)+/u, '')
    .replace(/^\s*\d+(?:\.\d+)*\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const NAMES: { section: TemplateSection; name: string }[] = TEMPLATE_SECTIONS.flatMap((section) =>
  [section.title, ...(section.aliases ?? [])].map((n) => ({ section, name: normaliseHeading(n) })),
);

/** The template sections a heading names: usually one, two for "Goals and Non-goals", none otherwise. */
export function sectionsForHeading(text: string): TemplateSection[] {
  const name = normaliseHeading(text);
  if (!name) return [];
  const exact = NAMES.filter((n) => n.name === name).map((n) => n.section);
  if (exact.length > 0) return exact;
  // "Adopters and Case Studies", "Core Infrastructure Initiative (CII) Best Practices": a subsection's name of
  // two words or more inside a longer heading. Not for top-level sections, whose names ("Overview") are
  // common inside other headings.
  const contained = NAMES.filter(
    (n) => n.section.level === 3 && n.name.includes(' ') && ` ${name} `.includes(` ${n.name} `),
  ).sort((a, b) => b.name.length - a.name.length)[0];
  if (contained) return [contained.section];
  // "Actors and Actions", "Goals and Non-Goals": each part must name a section on its own.
  const parts = name.split(/\s+and\s+/);
  if (parts.length < 2) return [];
  const found: TemplateSection[] = [];
  for (const part of parts) {
    const match = NAMES.find((n) => n.name === part);
    if (!match) return [];
    found.push(match.section);
  }
  return found;
}

/**
 * Whether prose opens with a section's name ("* Development Pipeline. A description...", "**Ecosystem**:"):
 * the official template writes the subsections of three sections as list items, not headings.
 */
export function proseOpensWith(text: string, section: TemplateSection): boolean {
  const start = normaliseHeading(text.slice(0, 120));
  return [section.title, ...(section.aliases ?? [])].some((n) => {
    const name = normaliseHeading(n);
    return start === name || start.startsWith(`${name} `);
  });
}

export function parentOf(id: SectionId): SectionId | undefined {
  const i = id.indexOf('/');
  return i < 0 ? undefined : (id.slice(0, i) as SectionId);
}
