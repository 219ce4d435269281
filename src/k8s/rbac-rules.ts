// The rules of a Role or ClusterRole, read without the YAML parser when they have the plain shape rendered
// manifests use (kubectl, kustomize and Helm output):
//
//   rules:                          rules:
//     - apiGroups:                  - apiGroups: [""]
//         - ""                        resources: ["secrets"]
//       resources:                    verbs: ["get", "list"]
//         - secrets
//
// Why not the parser: the `yaml` package reads about 1 MB/s in a short-lived process, and a project's main
// roles run to several kilobytes each (antrea's two biggest cost 35 ms to parse, more than every other step
// of the Kubernetes reader together). Anything outside that plain shape (anchors, aliases, block scalars,
// multi-line flow lists, comments after values, tabs, maps in flow style) returns undefined and the caller
// parses the document; a test checks both readers agree on every shape this one accepts.

export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
  /** File line of the rule's `-` item. */
  line: number;
}

const TOP_LEVEL_RULES = /^rules:[ \t]*$/;
const EMPTY_RULES = /^rules:[ \t]*\[\][ \t]*$/;
const KEY_VALUE = /^([A-Za-z][A-Za-z0-9]*):(?:[ \t]+(.*))?$/;
const WANTED_KEYS = new Set(['apiGroups', 'resources', 'verbs']);

/**
 * The rules of one Role/ClusterRole document (`text`, whose first line is file line `startLine`), or undefined
 * when the document is not in the plain shape and must be parsed.
 */
export function plainRbacRules(text: string, startLine: number): RbacRule[] | undefined {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith('rules:'));
  if (at < 0) return [];
  const head = (lines[at] as string).replace(/\r$/, '');
  if (EMPTY_RULES.test(head)) return [];
  if (!TOP_LEVEL_RULES.test(head)) return undefined;
  const rules: RbacRule[] = [];
  let rule: RbacRule | undefined;
  let itemIndent: number | undefined;
  // The key whose block list is being read, and its indentation.
  let listKey: string | undefined;
  for (let i = at + 1; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '');
    if (raw.trim() === '' || /^[ ]*#/.test(raw)) continue;
    if (raw.includes('\t')) return undefined;
    const indent = raw.length - raw.trimStart().length;
    const content = raw.slice(indent);
    // The next top-level key ends the rules (their items may sit at column 0, beside `rules:`).
    if (indent === 0 && !(content === '-' || content.startsWith('- '))) break;
    if (content.includes(' #')) return undefined;
    if (content === '-' || content.startsWith('- ')) {
      itemIndent ??= indent;
      const rest = content.slice(1).trim();
      if (indent === itemIndent) {
        rule = { apiGroups: [], resources: [], verbs: [], line: startLine + i };
        rules.push(rule);
        listKey = undefined;
        if (rest === '') continue;
        if (!readKeyValue(rest, rule, (k) => (listKey = k))) return undefined;
        continue;
      }
      // A value of the block list being read.
      if (!rule || !listKey || indent < itemIndent) return undefined;
      const value = scalar(rest);
      if (value === undefined) return undefined;
      if (WANTED_KEYS.has(listKey)) (rule[listKey as keyof Omit<RbacRule, 'line'>] as string[]).push(value);
      continue;
    }
    // A key of the current rule, indented past its `-`.
    if (!rule || itemIndent === undefined || indent <= itemIndent) return undefined;
    listKey = undefined;
    if (!readKeyValue(content, rule, (k) => (listKey = k))) return undefined;
  }
  return rules;
}

/** `key: [a, "b"]` or `key:` (a block list follows); false for any other shape. */
function readKeyValue(text: string, rule: RbacRule, opensList: (key: string) => void): boolean {
  const m = KEY_VALUE.exec(text);
  if (!m) return false;
  const key = m[1] as string;
  const value = (m[2] ?? '').trim();
  if (value === '') {
    opensList(key);
    return true;
  }
  if (!value.startsWith('[') || !value.endsWith(']')) return false;
  const inner = value.slice(1, -1).trim();
  const items = inner === '' ? [] : inner.split(',').map((s) => scalar(s.trim()));
  if (items.some((s) => s === undefined)) return false;
  if (WANTED_KEYS.has(key))
    (rule[key as keyof Omit<RbacRule, 'line'>] as string[]).push(...(items as string[]));
  return true;
}

/** A plain or quoted scalar without escapes; undefined for anything the parser would read differently. */
function scalar(text: string): string | undefined {
  if (text === '') return undefined;
  const quote = text[0];
  if (quote === '"' || quote === "'") {
    if (text.length < 2 || text[text.length - 1] !== quote) return undefined;
    const inner = text.slice(1, -1);
    if (inner.includes(quote) || inner.includes('\\')) return undefined;
    return inner;
  }
  // Indicators that change the meaning of a plain scalar: anchors, aliases, tags, flow and block markers.
  if (/^[&*!|>{[@`%]/.test(text) || /[:,[\]{}]/.test(text) || /^(?:null|~)$/i.test(text)) return undefined;
  return text;
}
