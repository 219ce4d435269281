// The languages catalogue: GitHub Linguist's tables (generated from `linguist-languages`, see
// scripts/generate-linguist.mjs) and the rules an extension table alone cannot make. The detector
// (src/detectors/metadata/languages.ts) reads file names and sizes only, never contents, so where Linguist
// reads a file (heuristics, shebangs, "Code generated" headers) the rules below stand in for it.
// Extend here, not in the detector.
import linguist from './linguist.generated.json' with { type: 'json' };

export type LanguageType = 'programming' | 'markup' | 'data' | 'prose';

export interface LinguistTables {
  /** The package and version the tables were generated from. */
  source: string;
  /** Language name → type, for every language the tables name. */
  types: Readonly<Record<string, LanguageType>>;
  /** Language name → the group it is reported under (TSX → TypeScript), when it has one. */
  groups: Readonly<Record<string, string>>;
  /** Lower-cased alias → language name, besides each name's default alias (see `languageByAlias`). */
  aliases: Readonly<Record<string, string>>;
  /** Lower-cased extension (`.go`, `.d.ts`) → candidate languages, the ones it is primary for first. */
  extensions: Readonly<Record<string, readonly string[]>>;
  /** Exact file name (`Makefile`, `go.mod`) → candidate languages. */
  filenames: Readonly<Record<string, readonly string[]>>;
}

export const LINGUIST = linguist as LinguistTables;

// The tables as maps, for lookups by file name: a plain object would answer `constructor` or `__proto__`.
export const TYPES: ReadonlyMap<string, LanguageType> = new Map(Object.entries(LINGUIST.types));
export const GROUPS: ReadonlyMap<string, string> = new Map(Object.entries(LINGUIST.groups));
export const EXTENSIONS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(LINGUIST.extensions),
);
export const FILENAMES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(LINGUIST.filenames));

/** Linguist counts only these types in a repository's language statistics (blob_helper.rb, DETECTABLE_TYPES). */
export const COUNTED_TYPES: ReadonlySet<LanguageType> = new Set<LanguageType>(['programming', 'markup']);

const ALIAS_INDEX: ReadonlyMap<string, string> = new Map([
  ...Object.keys(LINGUIST.types).map((name) => [name.toLowerCase().replace(/\s/g, '-'), name] as const),
  ...Object.entries(LINGUIST.aliases),
]);

/**
 * The language a `linguist-language=VALUE` attribute names (Linguist's Language.find_by_alias: the
 * lower-cased alias, else the part before a comma). Undefined for a language the tables do not keep:
 * those are data or prose, which are not counted either way.
 */
export function languageByAlias(value: string): string | undefined {
  const key = value.toLowerCase();
  return ALIAS_INDEX.get(key) ?? ALIAS_INDEX.get(key.split(',', 1)[0] ?? '');
}

/**
 * How to choose among the candidates of an ambiguous extension without reading the file (where Linguist
 * runs lib/linguist/heuristics.yml on its content).
 */
export interface TieBreak {
  /** The language when no sibling evidence decides; `null`: too ambiguous to count at all. */
  default: string | null;
  /**
   * Evidence from the repository's other counted files: per candidate, extensions (`.cpp`) or exact file
   * names (`Chart.yaml`). The candidate whose evidence files hold the most bytes wins; with none, `default`.
   */
  siblings?: Readonly<Record<string, readonly string[]>>;
}

const C_FAMILY_SOURCES = [
  '.cc',
  '.cpp',
  '.cxx',
  '.c++',
  '.hpp',
  '.hh',
  '.hxx',
  '.h++',
  '.ipp',
  '.tpp',
  '.inl',
];

/**
 * Tie-breaks, keyed by the lower-cased extension Linguist matched. Without an entry the first candidate of
 * the generated table wins (the language whose primary extension it is, then by name), which is right for
 * most extensions and arbitrary for the ones below.
 */
export const TIE_BREAKS: Readonly<Record<string, TieBreak>> = {
  // Markdown (prose) and GCC Machine Description (programming) both claim `.md` as primary; the latter is
  // a GCC-internal format. Markdown is then not counted, being prose.
  '.md': { default: 'Markdown' },
  // A header goes with the sources around it: C unless C++ (or Objective-C) sources outweigh the C ones,
  // so one C++ test file does not turn a C library's headers into C++.
  '.h': { default: 'C', siblings: { C: ['.c'], 'C++': C_FAMILY_SOURCES, 'Objective-C': ['.m', '.mm'] } },
  '.m': {
    default: 'Objective-C',
    siblings: {
      'Objective-C': ['.mm', '.xib', '.storyboard', '.pbxproj'],
      MATLAB: ['.mlx', '.mat', '.slx', '.fig', '.mlapp'],
      'Wolfram Language': ['.nb', '.wl', '.wls'],
    },
  },
  // XML here is Qt Linguist's translation format, rarer than TypeScript by orders of magnitude.
  '.ts': { default: 'TypeScript' },
  '.tsx': { default: 'TSX' },
  // Perl over Prolog and Raku; `.t` is Perl's test suffix far more often than Terra or Turing.
  '.pl': { default: 'Perl' },
  '.pm': { default: 'Perl' },
  '.t': { default: 'Perl' },
  '.rs': { default: 'Rust' },
  // `.v` is Verilog in hardware repositories, Rocq (Coq) proofs next to a _CoqProject, V next to v.mod.
  '.v': {
    default: 'Verilog',
    siblings: { Verilog: ['.sv', '.svh', '.vh'], 'Rocq Prover': ['_CoqProject'], V: ['v.mod'] },
  },
  '.cs': { default: 'C#' },
  '.fs': {
    default: 'F#',
    siblings: {
      'F#': ['.fsproj', '.fsx', '.fsi'],
      GLSL: ['.vert', '.frag', '.glsl', '.geom', '.comp'],
      Forth: ['.fth', '.4th'],
    },
  },
  // Plain SQL is data in Linguist, so not counted; the dialects (PLpgSQL, TSQL...) need the file's content.
  '.sql': { default: 'SQL' },
  // Helm charts' `_helpers.tpl` are Go templates; Smarty is a PHP engine.
  '.tpl': { default: 'Go Template', siblings: { 'Go Template': ['.go', 'Chart.yaml'], Smarty: ['.php'] } },
  '.pp': { default: 'Puppet', siblings: { Puppet: ['.epp'], Pascal: ['.pas', '.dpr', '.lpr', '.lpi'] } },
  // `.inc` is an include file of half a dozen languages: counted only when the repository says which.
  '.inc': {
    default: null,
    siblings: {
      PHP: ['.php'],
      'C++': C_FAMILY_SOURCES,
      Pascal: ['.pas', '.dpr'],
      Assembly: ['.asm', '.nasm'],
      BitBake: ['.bb', '.bbappend', '.bbclass'],
      SourcePawn: ['.sp'],
    },
  },
  // Android's ProGuard rules (data) unless the repository is a Qt project.
  '.pro': {
    default: 'Proguard',
    siblings: { Proguard: ['.java', '.kt', '.gradle'], QMake: ['.ui', '.qrc', ...C_FAMILY_SOURCES] },
  },
  '.cl': {
    default: 'Common Lisp',
    siblings: { 'Common Lisp': ['.lisp', '.asd', '.lsp'], OpenCL: ['.c', '.cu', ...C_FAMILY_SOURCES] },
  },
  '.cls': {
    default: 'TeX',
    siblings: { TeX: ['.tex', '.sty', '.bib'], Apex: ['.trigger', '.apex'], VBA: ['.bas', '.frm'] },
  },
  '.d': { default: 'D' },
  '.l': { default: 'Lex', siblings: { Lex: ['.y', '.c'], 'Common Lisp': ['.lisp', '.asd'] } },
  '.es': { default: 'JavaScript' },
  '.gs': { default: 'JavaScript' },
  '.frag': { default: 'GLSL' },
  '.php': { default: 'PHP' },
  '.hh': { default: 'C++', siblings: { 'C++': C_FAMILY_SOURCES, Hack: ['.hack', '.hhi'] } },
  '.cp': { default: 'C++' },
  '.ex': { default: 'Elixir' },
  '.ml': { default: 'OCaml' },
  '.r': { default: 'R' },
  '.sc': { default: 'Scala' },
  '.scm': { default: 'Scheme' },
  '.st': { default: 'Smalltalk' },
  '.bb': { default: 'BitBake' },
  '.html': { default: 'HTML' },
  '.as': { default: 'ActionScript' },
  '.asm': { default: 'Assembly' },
  '.f': { default: 'Fortran' },
  '.for': { default: 'Fortran' },
  '.ftl': { default: 'FreeMarker' },
  '.jq': { default: 'jq' },
  // Bazel and Tilt files; STAR is a crystallography data format.
  '.star': { default: 'Starlark' },
  // ASCII-armoured keys and signatures (KEYS.asc), data, not AGS Script.
  '.asc': { default: 'Public Key' },
  '.srt': { default: 'SubRip Text' },
  // Generic extensions (below) that still have a likely reading.
  '.sol': { default: 'Solidity' },
  ...Object.fromEntries(
    ['.1', '.2', '.3', '.4', '.5', '.6', '.7', '.8', '.9'].map((e) => [e, { default: 'Roff Manpage' }]),
  ),
};

export const TIE_BREAK_BY_EXTENSION: ReadonlyMap<string, TieBreak> = new Map(Object.entries(TIE_BREAKS));

/** Extensions and file names that some tie-break weighs (the only non-counted files worth looking at). */
export const EVIDENCE_KEYS: ReadonlySet<string> = new Set(
  Object.values(TIE_BREAKS).flatMap((rule) => Object.values(rule.siblings ?? {}).flat()),
);

/**
 * Extensions too common to name a language by themselves (lib/linguist/generic.yml): Linguist decides them
 * by content; without an entry in TIE_BREAKS they are not counted.
 */
export const GENERIC_EXTENSIONS: ReadonlySet<string> = new Set([
  '.1',
  '.2',
  '.3',
  '.4',
  '.5',
  '.6',
  '.7',
  '.8',
  '.9',
  '.action',
  '.alg',
  '.app',
  '.cmp',
  '.msg',
  '.resource',
  '.sol',
  '.srv',
  '.stl',
  '.tag',
  '.url',
]);

// Paths left out of language statistics. Copied verbatim (a regular expression per `- ` line) from
// Linguist v9.5.0, so an update is a paste and a diff:
//   https://github.com/github-linguist/linguist/blob/main/lib/linguist/vendor.yml
//   https://github.com/github-linguist/linguist/blob/main/lib/linguist/documentation.yml
// Note that vendor.yml does exclude Go's `testdata/` (since Linguist 7.4, PR #4423) and `.github/`, and
// documentation.yml anchors `docs/`, `doc/`, `examples/` and `samples/` at the root only.

const VENDOR_YML = String.raw`
# Caches
- (^|/)cache/
# Dependencies
- ^[Dd]ependencies/
# Distributions
- (^|/)dist/
# C deps
- ^deps/
- (^|/)configure$
- (^|/)config\.guess$
- (^|/)config\.sub$
# stuff autogenerated by autoconf - still C deps
- (^|/)aclocal\.m4
- (^|/)libtool\.m4
- (^|/)ltoptions\.m4
- (^|/)ltsugar\.m4
- (^|/)ltversion\.m4
- (^|/)lt~obsolete\.m4
# .NET Core Install Scripts
- (^|/)dotnet-install\.(ps1|sh)$
# Linters
- (^|/)cpplint\.py
# Node dependencies
- (^|/)node_modules/
# Yarn 2
- (^|/)\.yarn/releases/
- (^|/)\.yarn/plugins/
- (^|/)\.yarn/sdks/
- (^|/)\.yarn/versions/
- (^|/)\.yarn/unplugged/
# esy.sh dependencies
- (^|/)_esy$
# Bower Components
- (^|/)bower_components/
# Erlang bundles
- ^rebar$
- (^|/)erlang\.mk
# Go dependencies
- (^|/)Godeps/_workspace/
# Go fixtures
- (^|/)testdata/
# GNU indent profiles
- (^|/)\.indent\.pro
# Minified JavaScript and CSS
- (\.|-)min\.(js|css)$
# Stylesheets imported from packages
- ([^\s]*)import\.(css|less|scss|styl)$
# Bootstrap css and js
- (^|/)bootstrap([^/.]*)(\..*)?\.(js|css|less|scss|styl)$
- (^|/)custom\.bootstrap([^\s]*)(js|css|less|scss|styl)$
# Font Awesome
- (^|/)font-?awesome\.(css|less|scss|styl)$
- (^|/)font-?awesome/.*\.(css|less|scss|styl)$
# Foundation css
- (^|/)foundation\.(css|less|scss|styl)$
# Normalize.css
- (^|/)normalize\.(css|less|scss|styl)$
# Skeleton.css
- (^|/)skeleton\.(css|less|scss|styl)$
# Bourbon css
- (^|/)[Bb]ourbon/.*\.(css|less|scss|styl)$
# Animate.css
- (^|/)animate\.(css|less|scss|styl)$
# Materialize.css
- (^|/)materialize\.(css|less|scss|styl|js)$
# Select2
- (^|/)select2/.*\.(css|scss|js)$
# Bulma css
- (^|/)bulma\.(css|sass|scss)$
# Vendored dependencies
- (3rd|[Tt]hird)[-_]?[Pp]arty/
- (^|/)vendors?/
- (^|/)[Ee]xtern(als?)?/
- (^|/)[Vv]+endor/
# Debian packaging
- ^debian/
# Haxelib projects often contain a neko bytecode file named run.n
- (^|/)run\.n$
# Bootstrap Datepicker
- (^|/)bootstrap-datepicker/
# jQuery
- (^|/)jquery([^.]*)\.js$
- (^|/)jquery\-\d\.\d+(\.\d+)?\.js$
# jQuery UI
- (^|/)jquery\-ui(\-\d\.\d+(\.\d+)?)?(\.\w+)?\.(js|css)$
- (^|/)jquery\.(ui|effects)\.([^.]*)\.(js|css)$
# jQuery Gantt
- (^|/)jquery\.fn\.gantt\.js
# jQuery fancyBox
- (^|/)jquery\.fancybox\.(js|css)
# Fuel UX
- (^|/)fuelux\.js
# jQuery File Upload
- (^|/)jquery\.fileupload(-\w+)?\.js$
# jQuery dataTables
- (^|/)jquery\.dataTables\.js
# bootboxjs
- (^|/)bootbox\.js
# pdf-worker
- (^|/)pdf\.worker\.js
# Slick
- (^|/)slick\.\w+.js$
# Leaflet plugins
- (^|/)Leaflet\.Coordinates-\d+\.\d+\.\d+\.src\.js$
- (^|/)leaflet\.draw-src\.js
- (^|/)leaflet\.draw\.css
- (^|/)Control\.FullScreen\.css
- (^|/)Control\.FullScreen\.js
- (^|/)leaflet\.spin\.js
- (^|/)wicket-leaflet\.js
# Sublime Text workspace files
- (^|/)\.sublime-project
- (^|/)\.sublime-workspace
# VS Code workspace files
- (^|/)\.vscode/
# Prototype
- (^|/)prototype(.*)\.js$
- (^|/)effects\.js$
- (^|/)controls\.js$
- (^|/)dragdrop\.js$
# Typescript definition files
- (.*?)\.d\.ts$
# MooTools
- (^|/)mootools([^.]*)\d+\.\d+.\d+([^.]*)\.js$
# Dojo
- (^|/)dojo\.js$
# MochiKit
- (^|/)MochiKit\.js$
# YUI
- (^|/)yahoo-([^.]*)\.js$
- (^|/)yui([^.]*)\.js$
# WYS editors
- (^|/)ckeditor\.js$
- (^|/)tiny_mce([^.]*)\.js$
- (^|/)tiny_mce/(langs|plugins|themes|utils)
# Ace Editor
- (^|/)ace-builds/
# Fontello CSS files
- (^|/)fontello(.*?)\.css$
# MathJax
- (^|/)MathJax/
# Chart.js
- (^|/)Chart\.js$
# CodeMirror
- (^|/)[Cc]ode[Mm]irror/(\d+\.\d+/)?(lib|mode|theme|addon|keymap|demo)
# SyntaxHighlighter - http://alexgorbatchev.com/
- (^|/)shBrush([^.]*)\.js$
- (^|/)shCore\.js$
- (^|/)shLegacy\.js$
# AngularJS
- (^|/)angular([^.]*)\.js$
# D3.js
- (^|\/)d3(\.v\d+)?([^.]*)\.js$
# React
- (^|/)react(-[^.]*)?\.js$
# flow-typed
- (^|/)flow-typed/.*\.js$
# Modernizr
- (^|/)modernizr\-\d\.\d+(\.\d+)?\.js$
- (^|/)modernizr\.custom\.\d+\.js$
# Knockout
- (^|/)knockout-(\d+\.){3}(debug\.)?js$
# Sphinx
- (^|/)docs?/_?(build|themes?|templates?|static)/
# django
- (^|/)admin_media/
- (^|/)env/
# Fabric
- (^|/)fabfile\.py$
# WAF
- (^|/)waf$
# .osx
- (^|/)\.osx$
# Xcode
- \.xctemplate/
- \.imageset/
# Carthage
- (^|/)Carthage/
# Sparkle
- (^|/)Sparkle/
# Crashlytics
- (^|/)Crashlytics\.framework/
# Fabric
- (^|/)Fabric\.framework/
# BuddyBuild
- (^|/)BuddyBuildSDK\.framework/
# Realm
- (^|/)Realm\.framework
# RealmSwift
- (^|/)RealmSwift\.framework
# git config files
- (^|/)\.gitattributes$
- (^|/)\.gitignore$
- (^|/)\.gitmodules$
# Gradle
- (^|/)gradlew$
- (^|/)gradlew\.bat$
- (^|/)gradle/wrapper/
# Maven
- (^|/)mvnw$
- (^|/)mvnw\.cmd$
- (^|/)\.mvn/wrapper/
# Visual Studio IntelliSense
- -vsdoc\.js$
- \.intellisense\.js$
# jQuery validation plugin (MS bundles this with asp.net mvc)
- (^|/)jquery([^.]*)\.validate(\.unobtrusive)?\.js$
- (^|/)jquery([^.]*)\.unobtrusive\-ajax\.js$
# Microsoft Ajax
- (^|/)[Mm]icrosoft([Mm]vc)?([Aa]jax|[Vv]alidation)(\.debug)?\.js$
# NuGet
- (^|/)[Pp]ackages\/.+\.\d+\/
# ExtJS
- (^|/)extjs/.*?\.js$
- (^|/)extjs/.*?\.xml$
- (^|/)extjs/.*?\.txt$
- (^|/)extjs/.*?\.html$
- (^|/)extjs/.*?\.properties$
- (^|/)extjs/\.sencha/
- (^|/)extjs/docs/
- (^|/)extjs/builds/
- (^|/)extjs/cmd/
- (^|/)extjs/examples/
- (^|/)extjs/locale/
- (^|/)extjs/packages/
- (^|/)extjs/plugins/
- (^|/)extjs/resources/
- (^|/)extjs/src/
- (^|/)extjs/welcome/
# Html5shiv
- (^|/)html5shiv\.js$
# Test fixtures
- (^|/)[Tt]ests?/fixtures/
- (^|/)[Ss]pecs?/fixtures/
# PhoneGap/Cordova
- (^|/)cordova([^.]*)\.js$
- (^|/)cordova\-\d\.\d(\.\d)?\.js$
# Foundation js
- (^|/)foundation(\..*)?\.js$
# Vagrant
- (^|/)Vagrantfile$
# .DS_Stores
- (^|/)\.[Dd][Ss]_[Ss]tore$
# R packages
- (^|/)inst/extdata/
# Octicons
- (^|/)octicons\.css
- (^|/)sprockets-octicons\.scss
# Typesafe Activator
- (^|/)activator$
- (^|/)activator\.bat$
# ProGuard
- (^|/)proguard\.pro$
- (^|/)proguard-rules\.pro$
# PuPHPet
- (^|/)puphpet/
# Android Google APIs
- (^|/)\.google_apis/
# Jenkins Pipeline
- (^|/)Jenkinsfile$
# Gitpod
- (^|/)\.gitpod\.Dockerfile$
# GitHub.com
- (^|/)\.github/
# obsidian.md settings
- (^|/)\.obsidian/
# teamcity CI configuration
- (^|/)\.teamcity/
# XVBA dependencies
- (^|/)xvba_modules/
`;

const DOCUMENTATION_YML = String.raw`
# Documentation directories
- ^[Dd]ocs?/
- (^|/)[Dd]ocumentation/
- (^|/)[Gg]roovydoc/
- (^|/)[Jj]avadoc/
- ^[Mm]an/
- ^[Ee]xamples/
- ^[Dd]emos?/
- (^|/)inst/doc/
# Documentation files
- (^|/)CITATION(\.cff|(S)?(\.(bib|md))?)$
- (^|/)CHANGE(S|LOG)?(\.|$)
- (^|/)CONTRIBUTING(\.|$)
- (^|/)COPYING(\.|$)
- (^|/)INSTALL(\.|$)
- (^|/)LICEN[CS]E(\.|$)
- (^|/)[Ll]icen[cs]e(\.|$)
- (^|/)README(\.|$)
- (^|/)[Rr]eadme(\.|$)
# Samples folders
- ^[Ss]amples?/
`;

// Generated files. Linguist decides most of these from the first lines of the file
// (https://github.com/github-linguist/linguist/blob/main/lib/linguist/generated.rb); we do not read files,
// so we keep its rules that look at the path only, then add path conventions of the generators whose
// headers it looks for.
const GENERATED_BY_NAME = String.raw`
# generated.rb rules on the name alone
- \.(nib|xcworkspacedata|xcuserstate)$
- (?:^|/)\.idea/
- (^Pods|/Pods)/
- (^|/)Carthage/Build/
- composer\.lock
- Cargo\.lock
- Cargo\.toml\.orig
- deno\.lock
- (^|/)flake\.lock$
- (^|/)MODULE\.bazel\.lock$
- node_modules/
- vendor/((?!-)[-0-9A-Za-z]+(?<!-)\.)+(com|edu|gov|in|me|net|org|fm|io)
- (Gopkg|glide)\.lock
- Package\.resolved
- poetry\.lock
- pdm\.lock
- uv\.lock
- pixi\.lock
- (^|/)(\w+\.)?esy.lock$
- npm-shrinkwrap\.json
- package-lock\.json
- pnpm-lock\.yaml
- (?:^|/)bun\.lockb?$
- (^|/)\.pnp\..*$
- Godeps/
- .\.zep\.(?:c|h|php)$
- (?:^|/)htmlcov/
- (\.css|\.js)\.map$
- Pipfile\.lock
- (?:^|/)\.terraform\.lock\.hcl$
- __generated__/
- (?:^|/)\.sqlx/query-[a-f\d]{64}\.json$
# Protocol Buffers and gRPC output (generated_go, generated_protocol_buffer, *_javascript_*, grpc_cpp)
- \.pb(\.gw|\.validate)?\.go$
- \.pb\.(cc|h)$
- _pb2(_grpc)?\.pyi?$
- _(grpc_)?pb\.(js|d\.ts)$
- \.pb(json|grpc)?\.dart$
# Go generators that write "// Code generated ... DO NOT EDIT." (generated_go): the Kubernetes
# code-generator (deepcopy, clientsets, informers), mockgen, and the *_generated.go convention
- (^|/)zz_generated[^/]*$
- _generated\.go$
- (^|/)mock_[^/]*\.go$
- (^|/)clientset/versioned/
- (^|/)informers/externalversions/
# Dart source_gen output (generated_dart)
- \.(g|freezed)\.dart$
# Directories named for generated code
- (^|/)generated/
`;

// generated.rb rules that match the name case-insensitively.
const GENERATED_BY_NAME_ANY_CASE = String.raw`
- \.designer\.(cs|vb)$
- \.feature\.cs$
- (?:^|/)gradlew(?:\.bat)?$
- (?:^|/)mvnw(?:\.cmd)?$
- _tlb\.pas$
`;

/** The `- ` lines of a Linguist-style YAML list, as regular-expression sources. */
function patternsOf(yaml: string): string[] {
  return yaml
    .split('\n')
    .filter((line) => line.startsWith('- '))
    .map((line) => line.slice(2).trim());
}

export const VENDORED_PATTERNS: readonly string[] = patternsOf(VENDOR_YML);
export const DOCUMENTATION_PATTERNS: readonly string[] = patternsOf(DOCUMENTATION_YML);
export const GENERATED_PATTERNS: readonly string[] = patternsOf(GENERATED_BY_NAME);
export const GENERATED_PATTERNS_ANY_CASE: readonly string[] = patternsOf(GENERATED_BY_NAME_ANY_CASE);

/**
 * A matcher equivalent to Linguist's `Regexp.new(list.join('|'))`, compiled for speed: a single alternation
 * of ~200 unanchored patterns costs ~10 µs per path (tens of milliseconds per repository). Rewrites that keep
 * the meaning of a `test`: a leading `([^\s]*)` or `(.*?)` can match nothing, so it is dropped (it made two
 * patterns quadratic); groups become non-capturing; and the patterns that start with `(^|/)` are tried
 * only where a path segment starts, with one sticky regular expression.
 */
export function compilePathPatterns(sources: readonly string[], flags = ''): (path: string) => boolean {
  const SEGMENT_START = /^\((?:\?:)?\^\|\\?\/\)/;
  const segment: string[] = [];
  const elsewhere: string[] = [];
  for (const source of sources) {
    const simpler = source.replace(/^\((?:\[\^\\s\]\*|\.\*\??)\)/, '').replace(/(?<!\\)\((?!\?)/g, '(?:');
    if (SEGMENT_START.test(simpler)) segment.push(simpler.replace(SEGMENT_START, ''));
    else elsewhere.push(simpler);
  }
  const atSegment = segment.length > 0 ? new RegExp(segment.join('|'), `y${flags}`) : undefined;
  const anywhere = elsewhere.length > 0 ? new RegExp(elsewhere.join('|'), flags) : undefined;
  return (path) => {
    if (anywhere?.test(path)) return true;
    if (!atSegment) return false;
    for (let start = 0; ; ) {
      atSegment.lastIndex = start;
      if (atSegment.test(path)) return true;
      const slash = path.indexOf('/', start);
      if (slash < 0) return false;
      start = slash + 1;
    }
  };
}

/** Vendored by Linguist's vendor.yml (other people's code, bundled libraries, tool directories). */
export const isVendored = compilePathPatterns(VENDORED_PATTERNS);

/** Documentation by Linguist's documentation.yml. */
export const isDocumentation = compilePathPatterns(DOCUMENTATION_PATTERNS);

const generatedCased = compilePathPatterns(GENERATED_PATTERNS);
const generatedAnyCase = compilePathPatterns(GENERATED_PATTERNS_ANY_CASE, 'i');

/** Generated by its name alone (the content rules of generated.rb are approximated by path above). */
export function isGenerated(path: string): boolean {
  return generatedCased(path) || generatedAnyCase(path);
}
