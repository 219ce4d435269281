import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
const p = (s, g = true) => { const t = fromMarkdown(s, g ? { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] } : {}); console.log(g ? 'gfm' : 'cm ', JSON.stringify(s), t.children.map(c => `${c.type}:${c.position.start.line}:${c.position.start.column}-${c.position.end.line}:${c.position.end.column}`).join(' ')); };
for (const s of ['a\n:-:\n    reference: x\n', '| a |\n| - |\n    reference: x\n', 'a | b\n- | -\n    reference: x\n', '[^1]: a\n\n    reference: x\n', '* [ ] a\n\n      reference: x\n']) { p(s); p(s, false); }
