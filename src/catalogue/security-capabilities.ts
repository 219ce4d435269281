// The security capabilities a project's documentation can describe, for the template's "Security functions
// and features" section, and the algorithm identifiers a crypto inventory looks for in source and
// configuration. One row per capability: how its prose reads, which document names announce it, and whether
// it is usually critical (always on, part of the design: used for threat modelling) or security relevant
// (a setting or a deployment option). Extend here, not in the detectors.

export type CapabilityClass =
  | 'authentication'
  | 'authorization'
  | 'tls'
  | 'encryption-in-transit'
  | 'encryption-at-rest'
  | 'secrets'
  | 'audit'
  | 'policy'
  | 'network-policy'
  | 'signing'
  | 'isolation'
  | 'hardening'
  | 'vulnerability-scanning'
  | 'data-protection'
  | 'detection';

export interface SecurityCapability {
  id: string;
  /** A short noun phrase for the statement: "Encryption of traffic between nodes". */
  label: string;
  class: CapabilityClass;
  /** Usually always on (critical) rather than configurable (security relevant); a sentence can say otherwise. */
  critical: boolean;
  /** Prose that describes the capability (case-insensitive). */
  pattern: RegExp;
  /** Acronyms that only count in capitals (IDS, SSO): "ids" is a word in many sentences. */
  acronyms?: RegExp;
  /**
   * Lower-case fragments one of which every match contains: a sentence without any of them is not tested
   * against the patterns (a substring search is far cheaper than these regexes on thousands of sentences).
   */
  keys: readonly string[];
  /** Sentences matching this describe something else (a third-party audit, the CI's own scanning). */
  not?: RegExp;
  /** A document whose file name or title matches this is about the capability. */
  docName?: RegExp;
}

export const SECURITY_CAPABILITIES: readonly SecurityCapability[] = [
  {
    id: 'component-authentication',
    label: 'Authentication between components',
    class: 'authentication',
    critical: true,
    keys: ['token', 'certificate', 'authenticat'],
    pattern:
      /\b(?:service ?account tokens?|bearer tokens?|client certificates?|authenticat(?:e|es|ed|ion) (?:to|with|against) the (?:[\w-]+ ){0,2}(?:API|server|controller|control plane|apiserver)|delegates? authentication|token review|TokenReview)\b/i,
    docName: /\b(?:authn|component[- ]auth)/i,
  },
  {
    id: 'user-authentication',
    label: 'User authentication',
    class: 'authentication',
    critical: false,
    keys: [
      'openid',
      'ldap',
      'active directory',
      'oauth',
      'sign-on',
      'identity provider',
      'factor',
      'robot account',
      'api key',
      'access token',
      'authentication',
      'oidc',
      'saml',
      'sso',
      '2fa',
      'mfa',
    ],
    pattern:
      /\b(?:OpenID Connect|LDAP|Active Directory|OAuth ?2?|single sign-on|identity providers?|multi-factor|two-factor|robot accounts?|API keys?|personal access tokens?|authentication (?:modes?|methods?|providers?|backends?))\b/i,
    acronyms: /\b(?:OIDC|SAML|SSO|2FA|MFA)\b/,
    docName:
      /\b(?:authentication|auth|login|oidc|ldap|sso|identity|robot[- ]accounts?|api[- ]keys?|access[- ]tokens?)\b/i,
  },
  {
    id: 'authorization',
    label: 'Authorization and role-based access control',
    class: 'authorization',
    critical: true,
    keys: ['access control', 'rbac', 'permission', 'role', 'authoriz', 'authoris'],
    pattern:
      /\b(?:role[- ]based access control|RBAC|access control|permissions? (?:by|per|of each) role|roles? and permissions|(?:guest|admin|maintainer|developer|viewer|editor) roles?|authori[sz]ation (?:policies|polic(?:y|ies)|checks?|model|is (?:delegated|enforced)))\b/i,
    docName: /\b(?:rbac|authori[sz]ation|permissions?|roles?|access[- ]control)\b/i,
  },
  {
    id: 'tls',
    label: 'TLS for API and control-plane traffic',
    class: 'tls',
    critical: true,
    keys: ['tls', 'https', 'certificate'],
    pattern:
      /\b(?:(?:encrypted|secured?|protected) (?:with|by|using|over) (?:mutual )?TLS|mutual TLS|mTLS|TLS (?:certificates?|encryption|connections?|1\.[0-3])|TLSv1\.[0-3]|over (?:TLS|HTTPS)|HTTPS (?:access|connections?|endpoints?)|certificates? (?:rotation|are (?:automatically )?(?:generated|rotated)))\b/i,
    docName: /\b(?:tls|https|mtls|certificates?|securing[- ]control[- ]plane|pki)\b/i,
  },
  {
    id: 'traffic-encryption',
    label: 'Encryption of traffic',
    class: 'encryption-in-transit',
    critical: false,
    keys: ['ipsec', 'wireguard', 'encrypt'],
    pattern:
      /\b(?:IPsec|WireGuard|encrypt(?:s|ed|ing|ion of)? (?:the |all )?(?:[\w-]+ ){0,2}(?:traffic|data in transit|communications?|connections)|end-to-end encrypt\w*|E2E encrypt\w*|in-transit encryption|encryption in transit)\b/i,
    docName: /\b(?:encryption|ipsec|wireguard)\b/i,
  },
  {
    id: 'encryption-at-rest',
    label: 'Encryption of stored data',
    class: 'encryption-at-rest',
    critical: false,
    keys: ['encrypt', 'kms'],
    pattern:
      /\b(?:encrypt\w* at rest|at-rest encryption|encryption at rest|envelope encryption|KMS (?:plugin|provider|key)s?|(?:stored|persisted) (?:[\w-]+ ){0,2}encrypted|encrypted (?:before (?:being )?(?:stored|saved|written)|in the database))\b/i,
    docName: /\b(?:encryption[- ]at[- ]rest|kms)\b/i,
  },
  {
    id: 'secret-handling',
    label: 'Handling of secrets and credentials',
    class: 'secrets',
    critical: false,
    keys: ['secret', 'vault', 'credential', 'never'],
    pattern:
      /\b(?:(?:Kubernetes|K8s) Secrets?|HashiCorp Vault|sealed secrets|secrets? (?:store|manager|management)|(?:registry )?credentials (?:are|is) (?:stored|encrypted|kept|only|never)|never (?:logs?|stores?|exposes?) (?:secrets|credentials|tokens|passwords))\b/i,
    not: /\b(?:GitHub|CI|workflow|repository) secrets?\b/i,
    docName: /\b(?:secrets?|credentials?|vault)\b/i,
  },
  {
    id: 'audit-logging',
    label: 'Audit logging',
    class: 'audit',
    critical: false,
    keys: ['audit', 'tracked', 'logged', 'recorded'],
    pattern:
      /\b(?:audit(?:ing)? logs?|audit logging|audit trail|auditing|can be audited|(?:are|is) audited|(?:operations|actions|activities|events|requests)\b[^.]{0,40}\b(?:are|is) (?:tracked|logged|recorded))\b/i,
    // Audits of the code by outside firms are appendix material, not a product feature.
    not: /\b(?:security|third[- ]party|external|independent) audits?\b|\baudit (?:report|was|by)\b|\bnpm audit\b|\bthird[- ]part(?:y|ies)\b[^.]{0,30}\baudit|\baudit(?:ing|ed)? (?:of )?(?:the |our )?(?:code ?base|source code|code)\b/i,
    docName: /\baudit(?:ing)?(?:[- ]log(?:s|ging)?)?\b/i,
  },
  {
    id: 'admission-control',
    label: 'Policy enforcement and admission control',
    class: 'policy',
    critical: true,
    keys: ['admission', 'webhook', 'policy engine', 'policy-as-code'],
    pattern:
      /\b(?:admission (?:controllers?|webhooks?|control)|(?:validating|mutating) (?:admission )?webhooks?|policy engine|policy-as-code)\b/i,
    docName: /\b(?:admission|webhooks?|policy[- ]enforcement)\b/i,
  },
  {
    id: 'network-policy',
    label: 'Network policies and segmentation',
    class: 'network-policy',
    critical: false,
    keys: ['network polic', 'networkpolic', 'segmentation', 'firewall', 'tiering', 'ingress', 'egress'],
    pattern:
      /\b(?:network polic(?:y|ies)|NetworkPolic(?:y|ies)|micro-?segmentation|firewall rules?|policy tiering|(?:ingress|egress) rules?)\b/i,
    docName: /\b(?:network[- ]polic(?:y|ies)|firewall|segmentation)\b/i,
  },
  {
    id: 'signing',
    label: 'Signing and signature verification',
    class: 'signing',
    critical: false,
    keys: ['notary', 'notation', 'cosign', 'sigstore', 'trust', 'sign', 'authenticity'],
    pattern:
      /\b(?:Notary|cosign|Sigstore|content trust|image signatures?|signed (?:images|artifacts|content)|signature verification|verif(?:y|ies|ication of) (?:[\w-]+ ){0,2}signatures?|sign(?:s|ing)? (?:container )?(?:images|artifacts|content)|(?:image|content) authenticity)\b/i,
    // The Notation signing tool only by its capitalised name: "the [] notation" is not it.
    acronyms: /\bNotation\b/,
    not: /\b(?:sign(?:ed)?[- ]off|commit signatures?|signed commits?|CLA)\b/i,
    docName: /\b(?:sign(?:ing|atures?)|notary|cosign|content[- ]trust|verif(?:y|ication))\b/i,
  },
  {
    id: 'isolation',
    label: 'Isolation and least privilege',
    class: 'isolation',
    critical: false,
    keys: [
      'root',
      'privileged',
      'seccomp',
      'apparmor',
      'selinux',
      'namespace',
      'gvisor',
      'sandbox',
      'read-only',
      'capabilities',
      'privilege',
      'tenan',
      'deny',
      'explicitly granted',
    ],
    pattern:
      /\b(?:non-root|runs? as (?:a )?(?:non-root|unprivileged)|unprivileged (?:user|containers?|mode)|rootless|seccomp|AppArmor|SELinux|user namespaces?|gVisor|sandbox(?:e[ds]|ing)?\b(?! (?:environment|cluster|account|project|repo))|deny[- ]by[- ]default|default[- ]deny|unless (?:a |the )?(?:capability|permission|access) is explicitly granted|read-only root (?:file ?system)|drop(?:s|ping)? (?:all )?(?:Linux )?capabilities|least privilege|multi-tenan\w+|tenant isolation)\b/i,
    docName: /\b(?:isolation|sandbox\w*|multi-?tenan\w+|hardening|least[- ]privilege|pod[- ]security)\b/i,
  },
  {
    id: 'secure-defaults',
    label: 'Secure defaults',
    class: 'hardening',
    critical: false,
    keys: ['default', 'ship with', 'self-registration'],
    pattern:
      /\b(?:secure (?:by )?defaults?|(?:anonymous|insecure|unauthenticated|self-registration) (?:\w+ ){0,2}(?:is|are) (?:disabled|off) by default|does not ship with (?:any )?(?:default )?(?:certificates|credentials|passwords|keys)|no default (?:passwords?|credentials)|change the default (?:admin )?password|self-registration)\b/i,
    docName:
      /\b(?:hardening|secure[- ]defaults?|security[- ](?:best[- ]practices|recommendations|considerations))\b/i,
  },
  {
    id: 'vulnerability-scanning',
    label: 'Vulnerability scanning of user content',
    class: 'vulnerability-scanning',
    critical: false,
    keys: ['vulnerab', 'scanner'],
    pattern:
      /\b(?:scans? (?:container )?(?:images|artifacts|content) (?:\w+ ){0,2}(?:for )?vulnerabilit\w+|vulnerability scan(?:ning|ner)s?|prevent\w* vulnerable images|vulnerabilit\w+ (?:at or above|of (?:a )?(?:given|certain) severity)|scanner adapters?)\b/i,
    not: /\b(?:CI|workflow|pull requests?|our (?:images|dependencies)|dependabot|we scan)\b/i,
    docName: /\b(?:vulnerabilit\w+|scann(?:ing|er)s?)\b/i,
  },
  {
    id: 'data-protection',
    label: 'Protection of sensitive data',
    class: 'data-protection',
    critical: false,
    keys: ['pii', 'personally', 'redact', 'data access', 'mask', 'sensitive'],
    pattern:
      /\b(?:PII|personally identifiable|redact(?:s|ed|ion)?|data access (?:modes?|levels?)|mask(?:s|ed|ing)? (?:sensitive|secrets?|PII)|sensitive (?:data|columns|fields) (?:are|is) (?:masked|redacted|hidden|removed))\b/i,
    docName: /\b(?:privacy|pii|redact\w*|data[- ](?:protection|access))\b/i,
  },
  {
    id: 'threat-detection',
    label: 'Threat detection and security monitoring',
    class: 'detection',
    critical: false,
    keys: [
      'intrusion',
      'threat',
      'runtime',
      'detect',
      'flow',
      'ipfix',
      'packet',
      'policy analysis',
      'ids',
      'ips',
      'siem',
    ],
    pattern:
      /\b(?:intrusion (?:detection|prevention)|threat detection|runtime (?:security|threat detection)|detects? (?:threats|anomal\w+|suspicious)|(?:network )?flow (?:export|logs?|visibility|records)|exporting (?:network )?flow|IPFIX|packet tracing|policy analysis)\b/i,
    acronyms: /\b(?:IDS|IPS|SIEM)\b/,
    docName: /\b(?:ids|ips|intrusion|threat[- ]detection|flow[- ]visibility|flow[- ]export|monitoring)\b/i,
  },
];

/**
 * A sentence saying the capability is optional or a setting: the statement then belongs with the
 * security-relevant ones even when the capability is usually critical.
 */
export const CONFIGURABLE =
  /\b(?:can be (?:enabled|disabled|configured|turned on)|(?:is|are) (?:optional|disabled by default|not enabled by default)|opt[- ]in|feature gate|if enabled|when enabled|you can (?:enable|configure|choose)|optionally|(?:enable|set) the `?[\w.-]+`? (?:option|flag|field|setting))\b/i;

/** README headings whose list items are the project's own feature summary. */
export const FEATURE_HEADING =
  /\b(?:features?|capabilit(?:y|ies)|highlights|what (?:it|\w+) (?:does|can do|offers)|why \w+|key (?:features|concepts)|overview|about|use cases|security)\b/i;

/** Documentation the detector sweeps: Markdown in the usual documentation folders and the README. */
export const CAPABILITY_DOC_GLOBS = [
  'README.md',
  'readme.md',
  'README.markdown',
  '{docs,doc,documentation,Documentation,site,website}/**/*.{md,mdx,markdown}',
  '{charts,chart,deploy,helm}/*/README.md',
] as const;

/**
 * Documents that are not feature descriptions: process (security policy, contributing, governance, release),
 * history (changelogs, meeting notes), plans (roadmaps, proposals), assessments and tests.
 */
export const NOT_FEATURE_DOC_GLOBS = [
  '**/{CHANGELOG,CHANGES,HISTORY,RELEASE,RELEASES,RELEASE_NOTES,NEWS}*',
  '**/{changelog,changes,history,release-notes,release_notes}*',
  '**/{SECURITY,CONTRIBUTING,CODE_OF_CONDUCT,GOVERNANCE,MAINTAINERS,OWNERS,ADOPTERS,SUPPORT,ROADMAP}*',
  '**/{security-release-process,security-process,release-process,releasing,release,contributing,governance,code-of-conduct,roadmap,maintainers,adopters}.{md,mdx}',
  '**/{*self-assessment*,*security-audit*,*threat-model*,*threat_model*}',
  '**/{proposals,proposal,enhancements,keps,rfcs,rfc,adr,adrs,meetings,minutes,community,blog,posts,news,release-notes,releases,changelogs,CHANGELOG,contributors,maintainers,governance}/**',
  '**/{test,tests,testdata,e2e,fixtures,examples,hack,vendor,node_modules,third_party,third-party}/**',
  '.github/**',
] as const;

/** Caps: documents swept, bytes swept, statements kept. */
export const MAX_CAPABILITY_DOCS = 600;
export const MAX_CAPABILITY_BYTES = 6 * 1024 * 1024;
export const MAX_CAPABILITIES = 14;
/** Words a summary keeps; longer sentences are cut to the clause that matched. */
export const MAX_SUMMARY_WORDS = 32;

// ---- the crypto and security-parameter inventory (source and configuration) ----

export interface CryptoPattern {
  family: string;
  /** One match per line; `algorithm` names it from the match (the first capture when present). */
  pattern: RegExp;
  algorithm: (m: RegExpExecArray) => string;
}

/**
 * Algorithm identifiers as code and configuration spell them. Each pattern is specific to the API or
 * configuration key (a bare "AES" in a comment is not evidence; `aes.NewCipher` is).
 */
export const CRYPTO_PATTERNS: readonly CryptoPattern[] = [
  {
    family: 'JWT signing',
    pattern:
      /(?:SigningMethod(?:RS|HS|ES|PS)\d{3}|jwa\.(?:RS|HS|ES|PS)\d{3}|\b(?:alg(?:orithm)?|signedMethod|signingMethod|SignedMethod|SigningMethod|signing_method|jwt_algorithm)\W{1,6}(?:RS|HS|ES|PS)\d{3}\b|"(?:RS|HS|ES|PS)\d{3}")/,
    algorithm: (m) => /(?:RS|HS|ES|PS)\d{3}/.exec(m[0])?.[0] ?? m[0],
  },
  {
    family: 'Password hashing and key derivation',
    pattern:
      /\b(pbkdf2|bcrypt|scrypt|argon2(?:id|i)?)\.(?:Key|GenerateFromPassword|CompareHashAndPassword|IDKey)\b|\b(PBKDF2)With|\b(BCryptPasswordEncoder|Argon2PasswordEncoder)\b|\bfrom (?:passlib|cryptography)\S* import .*\b(pbkdf2|bcrypt|argon2)/i,
    algorithm: (m) => {
      const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase();
      if (name.startsWith('bcrypt')) return 'bcrypt';
      if (name.startsWith('argon2')) return 'Argon2';
      if (name.startsWith('scrypt')) return 'scrypt';
      return 'PBKDF2';
    },
  },
  {
    family: 'Symmetric encryption',
    pattern:
      /\baes\.NewCipher\b|\bcipher\.NewGCM\b|\bAES[-_](?:128|192|256)[-_]GCM\b|\bchacha20poly1305\.New\w*|\bsecretbox\.Seal\b|Cipher\.getInstance\("AES|\bAESGCM\(|\bFernet\(/i,
    algorithm: (m) => {
      const s = m[0].toLowerCase();
      if (s.includes('chacha')) return 'ChaCha20-Poly1305';
      if (s.includes('secretbox')) return 'NaCl secretbox';
      if (s.includes('fernet')) return 'Fernet (AES-CBC with HMAC)';
      if (s.includes('gcm')) return 'AES-GCM';
      return 'AES';
    },
  },
  {
    family: 'Public-key encryption and keys',
    pattern:
      /\brsa\.GenerateKey\([^,]*,\s*(\d{4})\)|\becdsa\.GenerateKey\(elliptic\.(P\d{3})|\bed25519\.GenerateKey\b|\bjwe\.Encrypt\([^)]*jwa\.(RSA_OAEP(?:_256)?|ECDH_ES\w*)/,
    algorithm: (m) => {
      if (m[1]) return `RSA ${m[1]}-bit keys`;
      if (m[2]) return `ECDSA ${m[2]} keys`;
      if (m[3]) return `JWE with ${m[3].replace(/_/g, '-')}`;
      return 'Ed25519 keys';
    },
  },
  {
    family: 'TLS minimum version',
    pattern:
      /\bMinVersion:\s*tls\.(VersionTLS1[0-3])\b|\bssl_protocols\s+([^;]+);|\b(?:min_?tls_?version|minTLSVersion|tls_min_version|tlsMinVersion|TLSMinVersion)\b\W{1,6}(?:tls\.)?(?:Version)?(TLS ?v?1[._]?[0-3]|1\.[0-3])/i,
    algorithm: (m) => {
      const raw = (m[1] ?? m[2] ?? m[3] ?? '').trim();
      const versions = [...raw.matchAll(/1[._]?([0-3])/g)].map((v) => `1.${v[1]}`);
      return versions.length ? `TLS ${versions.join(', ')}` : raw;
    },
  },
];

/**
 * Which source and configuration files the inventory reads: those whose path names a security topic (reading
 * every source file of a large repository costs more than the whole draft).
 */
export const CRYPTO_PATH_WORDS =
  /(?:auth|crypt|cipher|token|jwt|tls|ssl|secret|passw|security|rbac|cert|sign|key|nginx|https|session)/i;
export const CRYPTO_SOURCE_EXTENSIONS =
  /\.(?:go|rs|java|kt|scala|py|rb|js|ts|cs|c|cc|cpp|h|hpp|php|swift|conf|jinja|j2|tmpl|tpl|ya?ml|toml|ini)$/i;
export const NOT_CRYPTO_SOURCE = [
  '**/vendor/**',
  '**/third_party/**',
  '**/third-party/**',
  '**/node_modules/**',
  '**/testdata/**',
  '**/test/**',
  '**/tests/**',
  '**/e2e/**',
  '**/testing/**',
  '**/test_utils/**',
  '**/testutil/**',
  '**/fixtures/**',
  '**/mocks/**',
  '**/mock/**',
  '**/examples/**',
  '**/*_test.go',
  '**/*.test.{js,ts}',
  '**/*.spec.{js,ts}',
  '**/test_*.py',
  '**/*_test.py',
  '**/*.pb.go',
  '**/*.pb.*.go',
  '**/zz_generated*',
  '**/*generated*',
  '**/*.min.js',
  '.github/**',
] as const;
export const MAX_CRYPTO_FILE_BYTES = 256 * 1024;
export const MAX_CRYPTO_TOTAL_BYTES = 16 * 1024 * 1024;
export const MAX_CRYPTO_FILES = 3_000;
/** Paths kept per algorithm. */
export const MAX_CRYPTO_PATHS = 3;
