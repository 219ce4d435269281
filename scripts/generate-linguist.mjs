#!/usr/bin/env node
// Writes src/catalogue/linguist.generated.json: the extension and filename tables of GitHub Linguist, taken
// from the `linguist-languages` package (a dev dependency). The languages detector needs only these lookups;
// importing the package's index at run time costs ~170 ms, the generated JSON parses in about a millisecond.
//
// Usage: node scripts/generate-linguist.mjs [--out <file>]   (npm run gen:languages)
//
// What is kept, and why:
// - every language of type `programming` or `markup`: Linguist counts only those in a repository's
//   language statistics (lib/linguist/blob_helper.rb, DETECTABLE_TYPES);
// - every extension or filename with at least one such language among its candidates, with ALL its
//   candidates: `.md` is the primary extension of Markdown (prose) and of GCC Machine Description
//   (programming), and Markdown must stay a candidate for the tie-break to pick it and then not count it;
// - data and prose entries that would otherwise be shadowed by a counted language: `go.mod` is Go Module
//   (data) by filename, but without that entry its extension `.mod` would make it Modula-2; `.gradle.kts` is
//   Gradle Kotlin DSL (data), not `.kts` Kotlin.
// Everything else (pure data/prose extensions such as `.json`, `.yaml`, `.txt`) is left out: an unknown
// extension is not counted, which is what Linguist does with data and prose.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = join(root, 'node_modules', 'linguist-languages');
const dataDir = join(packageDir, 'data');

const outIndex = process.argv.indexOf('--out');
const outPath =
  outIndex > 0 && process.argv[outIndex + 1]
    ? resolve(process.argv[outIndex + 1])
    : join(root, 'src', 'catalogue', 'linguist.generated.json');

const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/** @type {{name: string, type: string, extensions?: string[], filenames?: string[], aliases?: string[], group?: string}[]} */
const languages = [];
for (const file of readdirSync(dataDir)
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  languages.push((await import(pathToFileURL(join(dataDir, file)).href)).default);
}
languages.sort((a, b) => compare(a.name, b.name));

const COUNTED = new Set(['programming', 'markup']);
const counted = (lang) => COUNTED.has(lang.type);

// Full indexes over every language, as Linguist builds them (lib/linguist/language.rb): extensions are
// matched lower-cased, filenames exactly.
/** @type {Map<string, typeof languages>} */
const byExtension = new Map();
/** @type {Map<string, typeof languages>} */
const byFilename = new Map();
for (const lang of languages) {
  for (const ext of lang.extensions ?? []) push(byExtension, ext.toLowerCase(), lang);
  for (const name of lang.filenames ?? []) push(byFilename, name, lang);
}

/** The candidate extensions of a file name, longest first (Linguist's Blob#extensions). */
function extensionsOf(name) {
  const [, ...segments] = name.toLowerCase().split('.');
  return segments.map((_, i) => `.${segments.slice(i).join('.')}`);
}

/** Candidates by extension for a file name, over the full index (Language.find_by_extension). */
function resolveByExtension(name) {
  for (const ext of extensionsOf(name)) {
    const found = byExtension.get(ext);
    if (found && found.length > 0) return found;
  }
  return [];
}

const keptExtensions = new Map();
for (const [ext, langs] of byExtension) {
  // `x.gradle.kts`: the suffixes after the first (".kts") are what the file would resolve to without this entry.
  const shadows = extensionsOf(`x${ext}`)
    .slice(1)
    .some((suffix) => (byExtension.get(suffix) ?? []).some(counted));
  if (langs.some(counted) || shadows) keptExtensions.set(ext, orderByPrimary(ext, langs));
}
const keptFilenames = new Map();
for (const [name, langs] of byFilename) {
  if (langs.some(counted) || resolveByExtension(name).some(counted)) {
    keptFilenames.set(
      name,
      [...langs].sort((a, b) => compare(a.name, b.name)).map((l) => l.name),
    );
  }
}

// Types, groups and aliases of every language named in the kept tables.
const named = new Set(languages.filter(counted).map((l) => l.name));
for (const list of [...keptExtensions.values(), ...keptFilenames.values()])
  for (const n of list) named.add(n);
// A language's group is reported in its place, so the group must be known too (Gradle for Gradle Kotlin DSL).
for (const lang of languages) if (named.has(lang.name) && lang.group) named.add(lang.group);
const types = {};
const groups = {};
const aliases = {};
for (const lang of languages) {
  if (!named.has(lang.name)) continue;
  types[lang.name] = lang.type;
  // Linguist reports a language under its group (TSX under TypeScript): Repository#update_file_map.
  if (lang.group && lang.group !== lang.name) groups[lang.name] = lang.group;
  // `linguist-language=X` is looked up by alias (Language.find_by_alias). Only the aliases other than the
  // default one (the lower-cased name with spaces as dashes, Language#default_alias) are written: the
  // reader derives the default ones from `types`.
  for (const alias of lang.aliases ?? []) {
    const key = alias.toLowerCase();
    if (key !== lang.name.toLowerCase().replace(/\s/g, '-')) aliases[key] ??= lang.name;
  }
}
for (const group of Object.values(groups)) {
  if (!(group in types)) throw new Error(`group ${group} is not a language of linguist-languages`);
}

const tables = {
  source: `linguist-languages@${version}`,
  types,
  groups,
  aliases: sortKeys(aliases),
  extensions: sortKeys(Object.fromEntries(keptExtensions)),
  filenames: sortKeys(Object.fromEntries(keptFilenames)),
};
writeFileSync(outPath, serialize(tables));
process.stdout.write(
  `${outPath}: ${Object.keys(types).length} languages, ${keptExtensions.size} extensions, ${keptFilenames.size} filenames\n`,
);

/** Languages whose primary (first) extension it is come first, then the others; each part by name. */
function orderByPrimary(ext, langs) {
  const isPrimary = (l) => (l.extensions?.[0] ?? '').toLowerCase() === ext;
  const byName = (a, b) => compare(a.name, b.name);
  return [...langs.filter(isPrimary).sort(byName), ...langs.filter((l) => !isPrimary(l)).sort(byName)].map(
    (l) => l.name,
  );
}

function push(map, key, value) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/** Code-unit order, independent of the machine's locale. */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => compare(a, b)));
}

/** One entry per line: compact, yet a version bump shows as a readable diff. */
function serialize(object) {
  const sections = Object.entries(object).map(([key, value]) => {
    if (typeof value !== 'object') return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const entries = Object.entries(value).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`);
    return `  ${JSON.stringify(key)}: {\n${entries.join(',\n')}\n  }`;
  });
  return `{\n${sections.join(',\n')}\n}\n`;
}
