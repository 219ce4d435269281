// The document's text outside code as one normalised stream, so a phrase wrapped over two lines or split by
// emphasis still matches; every offset maps back to its line.

import type { AssessmentDoc } from './document.js';
import { normaliseProse } from './template-fingerprints.js';

export interface ProseStream {
  text: string;
  /** The 1-based line an offset in `text` comes from. */
  lineAt(offset: number): number;
}

const streams = new WeakMap<AssessmentDoc, ProseStream>();

export function proseStream(doc: AssessmentDoc): ProseStream {
  const cached = streams.get(doc);
  if (cached) return cached;
  let text = '';
  const starts: number[] = [];
  const lineNos: number[] = [];
  doc.lines.forEach((raw, i) => {
    if (doc.isCode(i + 1)) return;
    // HTML tags are not prose (documents converted from Google Docs keep their text in <td> cells).
    const line = normaliseProse(raw.replace(/<[^>]{0,500}>/g, ' ')).trim();
    if (!line) return;
    starts.push(text.length);
    lineNos.push(i + 1);
    text += `${line} `;
  });
  const stream: ProseStream = {
    text,
    lineAt(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] as number) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lineNos[lo] ?? 1;
    },
  };
  streams.set(doc, stream);
  return stream;
}

/** Lines outside code, with their numbers, for rules that read line by line. */
export function proseLines(doc: AssessmentDoc): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  doc.lines.forEach((text, i) => {
    if (!doc.isCode(i + 1)) out.push({ line: i + 1, text });
  });
  return out;
}

/** A sentence about the past, the future or an absence: a tool it names is not a claim that it runs now. */
export const NOT_A_CLAIM =
  /\b(?:not|no|never|none|without|lacks?|formerly|previously|used to|in the past|no longer|deprecated|removed|plan(?:s|ned)?|will|would|could|should|future|roadmap|consider(?:ing)?|recommend(?:ed|s)?|todo|instead of|replaced|evaluat(?:e|ing))\b|n't\b/i;

/** Text with its web addresses blanked out (an address inside a URL is not one the document names). */
export function withoutUrls(text: string): string {
  return text.replace(/\b(?:https?|ftp):\/\/[^\s<>()"'\]]+/gi, ' ');
}
