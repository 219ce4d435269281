import { describe, expect, it } from 'vitest';
import { cryptoInventoryDetector } from '../../src/detectors/functions/crypto-inventory.js';
import type { CryptoParameterFact } from '../../src/evidence/kinds/functions.js';
import { statementOf } from '../../src/render/wording.js';
import { detectOn } from '../helpers/detect.js';

describe('crypto-inventory', () => {
  it('reports algorithms named in security-related source and configuration, with file and line', async () => {
    const r = await detectOn(cryptoInventoryDetector, {
      'pkg/token/options.go': 'package token\n\nconst (\n\tdefaultSignedMethod = "RS256"\n)\n',
      'pkg/auth/hash.go':
        'package auth\n\nfunc Hash(p, s []byte) []byte {\n\treturn pbkdf2.Key(p, s, 4096, 16, sha256.New)\n}\n',
      'pkg/auth/cipher.go':
        'package auth\n\n// aes.NewCipher in a comment is not evidence\nfunc f() { block, _ := aes.NewCipher(key) }\n',
      'deploy/nginx/nginx.https.conf': 'server {\n  ssl_protocols TLSv1.2 TLSv1.3;\n}\n',
      'pkg/server/tls.go': 'package server\n\nvar cfg = &tls.Config{\n\tMinVersion: tls.VersionTLS12,\n}\n',
      // Not the project's own code: tests, vendored code, generated code, and paths that name no security topic.
      'pkg/auth/hash_test.go': 'func TestX() { bcrypt.GenerateFromPassword(p, 10) }\n',
      'vendor/github.com/x/jwt/token.go': 'var m = jwt.SigningMethodHS256\n',
      'pkg/util/strings.go': 'var m = jwt.SigningMethodES512\n',
    });
    const v = r.facts.map((f) => f.value as CryptoParameterFact);
    const byAlgorithm = Object.fromEntries(v.map((x) => [x.algorithm, x]));
    expect(byAlgorithm.RS256).toMatchObject({ family: 'JWT signing', paths: ['pkg/token/options.go'] });
    expect(byAlgorithm.PBKDF2?.family).toBe('Password hashing and key derivation');
    expect(byAlgorithm.AES?.paths).toEqual(['pkg/auth/cipher.go']);
    expect(byAlgorithm['TLS 1.2, 1.3']?.paths).toEqual(['deploy/nginx/nginx.https.conf']);
    expect(byAlgorithm['TLS 1.2']?.paths).toEqual(['pkg/server/tls.go']);
    expect(v.some((x) => ['bcrypt', 'HS256', 'ES512'].includes(x.algorithm))).toBe(false);
    const aes = r.facts.find((f) => (f.value as CryptoParameterFact).algorithm === 'AES');
    expect(aes?.refs[0]?.line).toBe(4);
    expect(
      statementOf(r.facts.find((f) => (f.value as CryptoParameterFact).algorithm === 'RS256') as never),
    ).toBe('JWT signing: RS256, in pkg/token/options.go.');
    expect(r.facts.every((f) => f.topic === 'Cryptography in the source')).toBe(true);
  });

  it('finds nothing and asks nothing in a repository without such code', async () => {
    const r = await detectOn(cryptoInventoryDetector, { 'main.go': 'package main\nfunc main() {}\n' });
    expect(r).toEqual({ facts: [], unknowns: [] });
  });
});
