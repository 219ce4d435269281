// The snapshot: one root, one shared file index, a capped reader, parsed-document caches, the git history,
// and the identity (repo, commit, time) every reference is made at. All repository I/O happens here;
// detectors only ask it questions.
import picomatch from 'picomatch';
import type { Ref, SnapshotIdentity, Unknown } from '../evidence/model.js';
import { MAX_MARKDOWN_PARSE_BYTES, type MarkdownDoc, parseMarkdown } from '../markdown/parse.js';
import { type IndexedFile, indexDirectory, indexGitTree } from './file-index.js';
import { type Forge, parseForgeUrl, permalink } from './forge.js';
import { gitMaybe } from './git.js';
import { DEFAULT_HISTORY_LIMIT, type History, readHistory } from './history.js';
import { DEFAULT_MAX_FILE_BYTES, FileReader, type SkipReason } from './reader.js';
import { type ResolvedSource, redactUrl, resolveSource } from './source.js';

export interface SnapshotOptions {
  /** Commits the history reader reads (default 2,000). */
  historyLimit?: number;
  /** Per-file size cap in bytes (default 1 MiB). */
  maxFileBytes?: number;
  /** Clock, injected so outputs are reproducible in tests. */
  now?: () => Date;
}

export interface SkippedFile {
  path: string;
  reason: SkipReason;
  detail?: string;
}

export class Snapshot {
  private readonly reader: FileReader;
  private readonly textCache = new Map<string, string | undefined>();
  private readonly markdownCache = new Map<string, MarkdownDoc | undefined>();
  private readonly byPath: Map<string, IndexedFile>;
  private readonly skippedByPath = new Map<string, SkippedFile>();
  private readonly globCache = new Map<string, IndexedFile[]>();

  private constructor(
    readonly root: string,
    readonly identity: SnapshotIdentity,
    readonly files: readonly IndexedFile[],
    /** Undefined for a directory without git: history facts are then unknown. */
    readonly history: History | undefined,
    readonly forge: Forge | undefined,
    /** The origin remote's URL (credentials removed), when there is one. */
    readonly originUrl: string | undefined,
    private readonly cleanup: (() => void) | undefined,
    readonly indexTruncated: boolean,
    maxFileBytes: number,
  ) {
    this.reader = new FileReader(root, maxFileBytes);
    this.byPath = new Map(files.map((f) => [f.path, f]));
  }

  /** Opens SOURCE (a path or a git URL). Call `close()` when done: it removes a temporary clone. */
  static async open(source: string, options: SnapshotOptions = {}): Promise<Snapshot> {
    const limit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT;
    const resolved = await resolveSource(source, { depth: limit });
    try {
      return await Snapshot.fromResolved(resolved, options, limit);
    } catch (e) {
      if ('cleanup' in resolved) resolved.cleanup?.();
      throw e;
    }
  }

  private static async fromResolved(
    resolved: ResolvedSource,
    options: SnapshotOptions,
    limit: number,
  ): Promise<Snapshot> {
    const now = (options.now ?? (() => new Date()))().toISOString();
    const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    if (resolved.kind === 'directory') {
      const { files, truncated } = indexDirectory(resolved.root);
      const identity: SnapshotIdentity = { generatedAt: now, source: resolved.source };
      return new Snapshot(
        resolved.root,
        identity,
        files,
        undefined,
        undefined,
        undefined,
        undefined,
        truncated,
        maxFileBytes,
      );
    }
    const root = resolved.root;
    const head = resolved.head;
    if (!head) {
      // A git work tree without commits: nothing is at a commit yet, so read it as a plain directory.
      const { files, truncated } = indexDirectory(root);
      const identity: SnapshotIdentity = { generatedAt: now, source: resolved.source };
      return new Snapshot(
        root,
        identity,
        files,
        undefined,
        undefined,
        undefined,
        undefined,
        truncated,
        maxFileBytes,
      );
    }
    const [files, history, remotes] = await Promise.all([
      indexGitTree(root),
      readHistory(root, limit, resolved.shallow),
      gitMaybe(['config', '--get-regexp', '^remote\\..*\\.url$'], { cwd: root }),
    ]);
    const commitDate = history.commits[0]?.sha === head ? history.commits[0].committerDate : undefined;
    const originUrl = pickOrigin(remotes ?? '');
    const forge = originUrl ? parseForgeUrl(originUrl) : undefined;
    const identity: SnapshotIdentity = {
      ...(forge ? { repo: forge.repo, url: forge.webUrl } : {}),
      commit: head,
      ...(commitDate?.trim() ? { commitDate: commitDate.trim() } : {}),
      generatedAt: now,
      source: resolved.source,
    };
    const cleanup = 'cleanup' in resolved ? resolved.cleanup : undefined;
    return new Snapshot(
      root,
      identity,
      files,
      history,
      forge,
      originUrl ? redactUrl(originUrl) : undefined,
      cleanup,
      false,
      maxFileBytes,
    );
  }

  close(): void {
    this.cleanup?.();
  }

  has(path: string): boolean {
    return this.byPath.get(path)?.kind === 'file';
  }

  file(path: string): IndexedFile | undefined {
    return this.byPath.get(path);
  }

  /** Indexed regular files whose path matches one of the globs (picomatch syntax, `nocase` optional). */
  glob(patterns: string | readonly string[], options: { nocase?: boolean } = {}): IndexedFile[] {
    // Detectors ask the same questions (README, SECURITY.md...); answer each once per snapshot.
    const key = `${options.nocase ? 'i' : 'c'}\0${typeof patterns === 'string' ? patterns : patterns.join('\0')}`;
    const cached = this.globCache.get(key);
    if (cached) return [...cached];
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    const isMatch = picomatch(list as string[], { dot: true, nocase: options.nocase ?? false });
    // Most questions end in a literal extension (`**/*.md`, `docs/**/security.{md,rst}`) or a literal file
    // name (`**/SECURITY`, `{OWNERS,CODEOWNERS}`): test only the files with one of those extensions or names
    // instead of the whole index; a pattern with neither makes it a full scan.
    const pool = new Set<IndexedFile>();
    let everything = false;
    for (const pattern of list) {
      const extensions = literalExtensions(pattern);
      const names = extensions ? undefined : literalBaseNames(pattern);
      if (!extensions && !names) {
        everything = true;
        break;
      }
      for (const ext of extensions ?? []) for (const f of this.byExtension().get(ext) ?? []) pool.add(f);
      for (const name of names ?? []) for (const f of this.byBaseName().get(name) ?? []) pool.add(f);
    }
    const candidates = everything ? this.files : [...pool];
    const found = candidates.filter((f) => f.kind === 'file' && isMatch(f.path)).sort(byPath);
    this.globCache.set(key, found);
    return [...found];
  }

  private baseNameIndex: Map<string, IndexedFile[]> | undefined;

  /** Files by lower-case base name, built on first use (lower case: it serves case-insensitive globs too). */
  private byBaseName(): Map<string, IndexedFile[]> {
    if (this.baseNameIndex) return this.baseNameIndex;
    const index = new Map<string, IndexedFile[]>();
    for (const f of this.files) {
      const name = f.path.slice(f.path.lastIndexOf('/') + 1).toLowerCase();
      const bucket = index.get(name);
      if (bucket) bucket.push(f);
      else index.set(name, [f]);
    }
    this.baseNameIndex = index;
    return index;
  }

  private extensionIndex: Map<string, IndexedFile[]> | undefined;

  /** Files by lower-case extension ('' for none), built on first use. */
  private byExtension(): Map<string, IndexedFile[]> {
    if (this.extensionIndex) return this.extensionIndex;
    const index = new Map<string, IndexedFile[]>();
    for (const f of this.files) {
      const ext = extensionOf(f.path);
      const bucket = index.get(ext);
      if (bucket) bucket.push(f);
      else index.set(ext, [f]);
    }
    this.extensionIndex = index;
    return index;
  }

  /** The text of a file, or undefined when it is missing, too large, binary, not UTF-8 or a symlink. */
  read(path: string): string | undefined {
    if (this.textCache.has(path)) return this.textCache.get(path);
    const indexed = this.byPath.get(path);
    let text: string | undefined;
    if (!indexed) {
      text = undefined;
    } else if (indexed.kind === 'symlink') {
      this.skip({ path, reason: 'symlink' });
    } else {
      const result = this.reader.read(path);
      if (result.ok) text = result.text;
      else this.skip({ path, reason: result.reason, ...(result.detail ? { detail: result.detail } : {}) });
    }
    this.textCache.set(path, text);
    return text;
  }

  /** The parsed Markdown of a file (cached); undefined when it cannot be read or is too large to parse. */
  markdown(path: string): MarkdownDoc | undefined {
    if (this.markdownCache.has(path)) return this.markdownCache.get(path);
    const text = this.read(path);
    let doc: MarkdownDoc | undefined;
    if (text !== undefined) {
      if (Buffer.byteLength(text) > MAX_MARKDOWN_PARSE_BYTES) {
        this.skip({
          path,
          reason: 'too-large',
          detail: `not parsed as Markdown over ${MAX_MARKDOWN_PARSE_BYTES} bytes`,
        });
      } else {
        doc = parseMarkdown(path, text);
      }
    }
    this.markdownCache.set(path, doc);
    return doc;
  }

  /** A reference to `path` (and `line`) at the snapshot's commit, with a permalink when the forge is known. */
  ref(path: string, line?: number): Ref {
    const commit = this.identity.commit;
    return {
      path,
      ...(line ? { line } : {}),
      ...(commit ? { commit } : {}),
      ...(commit && this.forge ? { url: permalink(this.forge, commit, path, line) } : {}),
    };
  }

  /** Files that were asked for and could not be read, with the reason. */
  skippedFiles(): SkippedFile[] {
    return [...this.skippedByPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
  }

  /** Unknowns for the snapshot itself: skipped files, a truncated index, missing history. */
  snapshotUnknowns(): Unknown[] {
    const unknowns: Unknown[] = this.skippedFiles().map((s) => ({
      id: `snapshot.skipped:${s.path}`,
      section: 'metadata',
      lookedFor: `the contents of ${s.path}`,
      lookedIn: [s.path],
      reason: 'skipped',
      detail: describeSkip(s),
    }));
    if (this.indexTruncated) {
      unknowns.push({
        id: 'snapshot.index-truncated',
        section: 'metadata',
        lookedFor: 'every file of the directory',
        lookedIn: [this.root],
        reason: 'skipped',
        detail: 'the directory has more files than the walk reads; later files were not considered',
      });
    }
    return unknowns;
  }

  private skip(s: SkippedFile): void {
    if (!this.skippedByPath.has(s.path)) this.skippedByPath.set(s.path, s);
  }
}

function byPath(a: IndexedFile, b: IndexedFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The lower-case extension of a path's last segment ('' for none). */
function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The extensions a glob can only match, when it ends in a literal one (`*.md`, `.{yml,yaml}`); undefined when
 * it could match any name (`**\/SECURITY`, `LICEN[CS]E*`).
 */
function literalExtensions(glob: string): string[] | undefined {
  const m = /\.(?:([A-Za-z0-9]+)|\{([A-Za-z0-9]+(?:,[A-Za-z0-9]+)*)\})$/.exec(glob);
  if (!m) return undefined;
  const exts = (m[1] ?? m[2] ?? '').split(',').map((e) => e.toLowerCase());
  // The segment before the extension must not end in a glob character that could swallow a dot differently.
  return exts;
}

/**
 * The lower-case file names a glob can match when its last segment is literal once braces are expanded
 * (a SECURITY file at any depth, `.github/{OWNERS,CODEOWNERS}{,.md}`); undefined when the name has a
 * wildcard.
 */
function literalBaseNames(glob: string): string[] | undefined {
  const names: string[] = [];
  for (const spelling of expandBraces(glob)) {
    const name = spelling.slice(spelling.lastIndexOf('/') + 1);
    if (name === '' || /[*?[\]()!+@]/.test(name)) return undefined;
    names.push(name.toLowerCase());
  }
  return names;
}

/** `a/{b,c}{,.md}` → its spellings (braces of literals, not nested); at most 256. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (open < 0 || close < 0) return [glob];
  const head = glob.slice(0, open);
  const tail = glob.slice(close + 1);
  return glob
    .slice(open + 1, close)
    .split(',')
    .flatMap((alt) => expandBraces(`${head}${alt}${tail}`))
    .slice(0, 256);
}

function describeSkip(s: SkippedFile): string {
  const what: Record<SkipReason, string> = {
    'too-large': 'skipped: too large',
    binary: 'skipped: binary content',
    'not-utf8': 'skipped: not valid UTF-8',
    symlink: 'skipped: a symbolic link (never followed)',
    'outside-root': 'skipped: resolves outside the repository',
    'not-regular': 'skipped: not a regular file',
    unreadable: 'skipped: could not be read',
  };
  return s.detail ? `${what[s.reason]} (${s.detail})` : what[s.reason];
}

/** The origin remote's URL, else the first remote's. Input: `git config --get-regexp` output. */
function pickOrigin(configOutput: string): string | undefined {
  const remotes = configOutput
    .split('\n')
    .map((l) => /^remote\.(.+)\.url (.+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => m !== null);
  const origin = remotes.find((m) => m[1] === 'origin') ?? remotes[0];
  return origin?.[2];
}
