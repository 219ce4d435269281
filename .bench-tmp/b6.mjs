import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
const off = { disable: { null: ['attention','autolink','codeText','hardBreakEscape','htmlText','labelEnd','labelStartImage','labelStartLink','wwwAutolink','protocolAutolink','emailAutolink','strikethrough','gfmFootnoteCall','gfmPotentialFootnoteCall'] } };
const opts = { extensions: [gfm(), off], mdastExtensions: [gfmFromMarkdown()] };
const a = '```yaml\nreference: kept\n```\n\n    reference: kept too\n\n', b = '- item\n\n      reference: indented code in item\n';
const mode = process.argv[2];
let t = performance.now();
if (mode === 'many') for (let i = 0; i < 1049; i++) { fromMarkdown(a, opts); fromMarkdown(b, opts); }
else { const one = (a + b + '\n').repeat(1049); for (let i = 0; i < one.length; i += 8192) fromMarkdown(one.slice(i, i + 8192), opts); }
console.log(mode, performance.now() - t);
