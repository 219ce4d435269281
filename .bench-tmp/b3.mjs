import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const opts = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const piece =
  '```\nreference: x\n```\n\n<!-- selfassess:begin x sha256=abc -->\n| a | b |\n|---|---|\n| <https://x> | y |\n\nreference: y\ntodo: z\n<!-- selfassess:end x -->\n* a\n  reference: q\n\n';
const mode = process.argv[2];
let t = performance.now();
if (mode === 'one') fromMarkdown(piece.repeat(163), opts);
else for (let i = 0; i < 163; i++) fromMarkdown(piece, opts);
console.log(mode, performance.now() - t);
t = performance.now();
if (mode === 'one') fromMarkdown(piece.repeat(163), opts);
else for (let i = 0; i < 163; i++) fromMarkdown(piece, opts);
console.log(mode, 'warm', performance.now() - t);
