import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

const off = {
  disable: {
    null: [
      'attention',
      'autolink',
      'codeText',
      'hardBreakEscape',
      'htmlText',
      'labelEnd',
      'labelStartImage',
      'labelStartLink',
      'wwwAutolink',
      'protocolAutolink',
      'emailAutolink',
      'strikethrough',
      'gfmFootnoteCall',
      'gfmPotentialFootnoteCall',
    ],
  },
};
const optsFull = { extensions: [gfm(), off], mdastExtensions: [gfmFromMarkdown()] };
const optsMin = { extensions: [off] };
for (const [name, opts] of [
  ['gfm', optsFull],
  ['commonmark', optsMin],
  ['gfm', optsFull],
  ['commonmark', optsMin],
]) {
  let t = performance.now();
  for (let i = 0; i < 1000; i++) fromMarkdown('a\n', opts);
  console.log(name, 'tiny x1000', (performance.now() - t).toFixed(0));
  const doc =
    '```yaml\nreference: kept\n```\n\n    reference: kept too\n\n- item\n\n      reference: indented code in item\n* Security policy: [SECURITY.md](https://github.com/antrea-io/antrea/blob/main/SECURITY.md) is where *issues* go\n  reference: https://github.com/antrea-io/antrea/blob/b1b07fd825fc/SECURITY.md#L1\n\n';
  t = performance.now();
  for (let i = 0; i < 1000; i++) fromMarkdown(doc, opts);
  console.log(name, 'doc x1000', doc.length, (performance.now() - t).toFixed(0));
}
