export function toolDraft(size) {
  const parts = [
    '# Self-assessment for Antrea\n\n<!-- selfassess:draft v1 generated 2026-11-25 from https://github.com/antrea-io/antrea at b1b07fd825fc -->\n\n',
  ];
  let n = 0,
    len = 0;
  while (len < size) {
    n++;
    const s = `## Section ${n}\n\n<!-- selfassess:begin section-${n} sha256=3f2a9c0d1e4b -->\n| | |\n| -- | -- |\n| Assessment Stage | Incomplete |\n| Software | <https://github.com/antrea-io/antrea> |\n| Languages | Go (93%), Shell (4%) |\n\nreference: https://github.com/antrea-io/antrea/blob/b1b07fd825fc/go.mod#L${n}\ntodo: Security Provider: write Yes or No. See SECURITY.md.\n<!-- selfassess:end section-${n} -->\n\n### Links ${n}\n<!-- selfassess:begin links-${n} sha256=abcdef012345 -->\n* Security policy: [SECURITY.md](https://github.com/antrea-io/antrea/blob/main/SECURITY.md) is where *issues* go\n  reference: https://github.com/antrea-io/antrea/blob/b1b07fd825fc/SECURITY.md#L1\n* Contributing: CONTRIBUTING.md with \`code\` and **bold**\n  reference: CONTRIBUTING.md:${n}\n  reference: https://github.com/antrea-io/antrea/blob/b1b07fd825fc/CONTRIBUTING.md#L${n}\n<!-- selfassess:end links-${n} -->\n\nHuman prose written by the maintainers, with a <https://example.com> link and words.\n\n`;
    parts.push(s);
    len += s.length;
  }
  return parts.join('');
}
