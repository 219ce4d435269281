// Security functions and features: an inventory of the cryptographic algorithms and security parameters the
// project's own source and configuration name (JWT signing methods, password hashing, symmetric ciphers,
// key sizes, minimum TLS versions), like a CBOM tool's, with the file and line of each.
//
// Reading every source file of a large repository costs more than the whole draft, so only files whose path
// names a security topic (auth, crypto, token, tls, secret, nginx...) are read, without tests, vendored or
// generated code, each at most 256 KB and 16 MB in all; one combined regex is tried per line first.
import picomatch from 'picomatch';
import {
  CRYPTO_PATH_WORDS,
  CRYPTO_PATTERNS,
  CRYPTO_SOURCE_EXTENSIONS,
  MAX_CRYPTO_FILE_BYTES,
  MAX_CRYPTO_FILES,
  MAX_CRYPTO_PATHS,
  MAX_CRYPTO_TOTAL_BYTES,
  NOT_CRYPTO_SOURCE,
} from '../../catalogue/security-capabilities.js';
import { type AnyFact, fact, type Ref } from '../../evidence/model.js';
import type { Snapshot } from '../../snapshot/snapshot.js';
import { defineDetector } from '../detector.js';

const SECTION = 'security-functions-and-features' as const;
const TOPIC = 'Cryptography in the source';
const notSource = picomatch([...NOT_CRYPTO_SOURCE], { dot: true, nocase: true });
/** Any of the patterns: most lines of most files match none, and this one test rules them out. */
const ANY = new RegExp(CRYPTO_PATTERNS.map((p) => p.pattern.source).join('|'), 'i');
const MAX_LINE = 2_000;

interface Found {
  family: string;
  algorithm: string;
  refs: Ref[];
  paths: string[];
}

export const cryptoInventoryDetector = defineDetector({
  id: 'crypto-inventory',
  section: SECTION,
  reads: ['source and configuration files whose path names auth, crypto, token, tls, secret, cert or key'],
  detect(snapshot) {
    const found = new Map<string, Found>();
    const files = inventoryFiles(snapshot);
    for (const path of files) {
      const text = snapshot.read(path);
      if (text === undefined || !ANY.test(text)) continue;
      const lines = text.split('\n');
      for (let i = 0; i < lines.length; i++) {
        const line = (lines[i] as string).slice(0, MAX_LINE);
        if (!ANY.test(line) || isComment(line)) continue;
        for (const p of CRYPTO_PATTERNS) {
          const m = p.pattern.exec(line);
          if (!m) continue;
          const algorithm = p.algorithm(m).trim();
          if (!algorithm) continue;
          const key = `${p.family}\0${algorithm}`;
          const seen = found.get(key);
          if (!seen)
            found.set(key, { family: p.family, algorithm, refs: [snapshot.ref(path, i + 1)], paths: [path] });
          else if (!seen.paths.includes(path) && seen.paths.length < MAX_CRYPTO_PATHS) {
            seen.paths.push(path);
            seen.refs.push(snapshot.ref(path, i + 1));
          }
        }
      }
    }
    const facts: AnyFact[] = [...found.values()].map((f) => ({
      ...fact(
        'functions.crypto-parameter',
        SECTION,
        { family: f.family, algorithm: f.algorithm, paths: f.paths },
        f.refs,
        'observed',
        `${f.family}:${f.algorithm}`,
      ),
      topic: TOPIC,
    }));
    // Nothing found is not worth a todo: the capabilities detector already asks for this section.
    return { facts, unknowns: [] };
  },
});

/** Source and configuration files whose path names a security topic, smallest-risk caps applied. */
function inventoryFiles(snapshot: Snapshot): string[] {
  const out: string[] = [];
  let bytes = 0;
  for (const f of snapshot.files) {
    if (out.length >= MAX_CRYPTO_FILES) break;
    if (f.kind !== 'file' || f.size > MAX_CRYPTO_FILE_BYTES || f.size === 0) continue;
    if (!CRYPTO_SOURCE_EXTENSIONS.test(f.path) || !CRYPTO_PATH_WORDS.test(f.path) || notSource(f.path))
      continue;
    if (bytes + f.size > MAX_CRYPTO_TOTAL_BYTES) break;
    bytes += f.size;
    out.push(f.path);
  }
  return out;
}

/** Comment lines (`//`, `#`, `*`) name algorithms in examples and history: code and configuration count. */
function isComment(line: string): boolean {
  return /^\s*(?:\/\/|#(?!\s*ssl_)|\*|\/\*|--\s)/.test(line);
}
