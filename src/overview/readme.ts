// The README's lead: the first prose after the title (badges, images, HTML, notes and tables passed over),
// or the opening of its Overview/About/Introduction section when the README starts with one. Shared by the
// description and background detectors, so that background never repeats the lead.
import type { RootContent } from 'mdast';
import { BACKGROUND_HEADING } from '../catalogue/overview.js';
import type { MarkdownDoc } from '../markdown/parse.js';
import type { Snapshot } from '../snapshot/snapshot.js';
import {
  headingKey,
  headingText,
  type ProseBlock,
  proseBlocks,
  sectionsOf,
  sentencesOf,
} from './markdown.js';

export const README_NAMES = ['README.md', 'readme.md', 'Readme.md', 'README.markdown', 'docs/README.md'];

/** The root README, parsed (cached by the snapshot). */
export function readmeOf(snapshot: Snapshot): MarkdownDoc | undefined {
  for (const path of README_NAMES) {
    if (!snapshot.has(path)) continue;
    const doc = snapshot.markdown(path);
    if (doc) return doc;
  }
  return undefined;
}

export interface Lead {
  /** The lead's blocks (1-2 paragraphs). */
  blocks: ProseBlock[];
  sentences: string[];
  /** The heading the lead sits under, when the README opens with an Overview-style section. */
  heading?: string;
}

/** Paragraphs that are not the project's description: notices, warnings, calls to action. */
const NOT_LEAD =
  /^(?:note|notes|warning|caution|important|disclaimer|attention|tip|news|announcement|update|deprecat\w*|please|see|check out|join|read|visit|for more|if you)\b|^(?:⚠|📢|🚨|ℹ)/i;
/** "Jaeger v2 is out! Read the blog post and try it out.": news of a release, not a description. */
const ANNOUNCEMENT =
  /\b(?:is (?:now )?(?:out|here|live)\b|(?:has been|was just|just) released|read the (?:blog|announcement|release)|try it out|now available)/i;
/** "Name - a tagline of three words or more". */
const TITLE_TAGLINE = /^(\S.{0,40}?)\s+[-–—:|]\s+(\S+(?:\s+\S+){2,})$/;
/** "Welcome to Linkerd!", "Hello!": a greeting of a few words, not a description. */
const GREETING = /^(?:welcome(?: to\b.{0,40})?|hello|hi|hey)[!.]?$/i;

/** At most this many sentences make the description. */
const MAX_LEAD_SENTENCES = 3;
/** A lead shorter than this is a tagline: the Overview section's opening is added. */
const TAGLINE_WORDS = 15;

export function readmeLead(doc: MarkdownDoc): Lead | undefined {
  const children = doc.tree.children;
  const before: RootContent[] = [];
  let firstSection: { heading: string; index: number } | undefined;
  let title: { text: string; line: number } | undefined;
  for (let i = 0; i < children.length; i++) {
    const node = children[i] as RootContent;
    if (node.type === 'heading') {
      // The title (after a logo or badges at most) opens the README; the lead follows it.
      if (node.depth === 1 && !firstSection && before.every((b) => b.type !== 'paragraph' || decorative(b))) {
        title ??= { text: headingText(node), line: node.position?.start.line ?? 1 };
        continue;
      }
      firstSection = { heading: headingText(node), index: i };
      break;
    }
    if (node.type !== 'table' && node.type !== 'code') before.push(node);
  }
  const usable = (b: ProseBlock): boolean =>
    !b.item &&
    b.text.split(' ').length >= 3 &&
    /[a-z]{2}/.test(b.text) &&
    !NOT_LEAD.test(b.text) &&
    !ANNOUNCEMENT.test(b.text);
  let blocks = proseBlocks(before).filter(usable).slice(0, 2);
  let heading: string | undefined;
  const words = blocks.reduce((n, b) => n + b.text.split(' ').length, 0);
  if (words < TAGLINE_WORDS) {
    // A tagline (or nothing): add the opening of the first Overview/About/Introduction/What-is section.
    const section = sectionsOf(doc).find(
      (s) => s.depth <= 3 && BACKGROUND_HEADING.test(headingKey(s.heading)),
    );
    if (section) {
      const opening = proseBlocks(section.blocks).filter(usable).slice(0, 1);
      if (opening.length > 0) {
        blocks = [...blocks, ...opening];
        heading = section.heading;
      }
    }
  }
  // Nothing but a title with a tagline ("Jaeger - a Distributed Tracing System"): the title says what it is.
  const tagline = title && TITLE_TAGLINE.exec(title.text);
  if (blocks.length === 0 && tagline && title) {
    const text = `${tagline[1]}: ${tagline[2]}.`;
    return {
      blocks: [{ text, raw: title.text, line: title.line, item: false, headings: [] }],
      sentences: [text],
    };
  }
  if (blocks.length === 0) return undefined;
  const sentences: string[] = [];
  for (const b of blocks) {
    for (const raw of sentencesOf(b.text)) {
      // A greeting ("Welcome to Linkerd!") says nothing about the project.
      const s = raw.trim();
      if (!s || GREETING.test(s)) continue;
      // A tagline without a full stop ("Cloud Native Policy Management") still ends a sentence.
      if (sentences.length < MAX_LEAD_SENTENCES) sentences.push(/[.!?…:]$/.test(s) ? s : `${s}.`);
    }
  }
  return { blocks, sentences, ...(heading ? { heading } : {}) };
}

/** A paragraph of images, linked images and line breaks only: a logo or a row of badges. */
function decorative(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const only = (n: RootContent): boolean =>
    n.type === 'image' ||
    n.type === 'imageReference' ||
    n.type === 'break' ||
    (n.type === 'text' && n.value.trim() === '') ||
    ((n.type === 'link' || n.type === 'linkReference') && n.children.every((c) => only(c as RootContent)));
  return node.children.every((c) => only(c as RootContent));
}
