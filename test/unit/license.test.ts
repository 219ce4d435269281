import { afterEach, describe, expect, it } from 'vitest';
import { LICENSES } from '../../src/catalogue/licenses.js';
import type { DetectorResult } from '../../src/detectors/detector.js';
import { licenseDetector } from '../../src/detectors/metadata/license.js';
import { type Fact, factsOfKind } from '../../src/evidence/model.js';
import { Snapshot } from '../../src/snapshot/snapshot.js';
import { type FileContent, FixtureRepo } from '../helpers/fixture-repo.js';
import { APACHE, MIT } from '../helpers/license-texts.js';

// Licence texts for the fixtures: the distinctive paragraphs of each, as they appear in the real files
// (https://spdx.org/licenses/), enough to recognise and to tell relatives apart, not the whole texts.

const MIT_0 = `MIT No Attribution

Copyright 2024 Example Authors

Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify,
merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
`;

const BSD_HEAD = `Copyright (c) 2024, Example Authors
All rights reserved.

Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this
   list of conditions and the following disclaimer.

2. Redistributions in binary form must reproduce the above copyright notice,
   this list of conditions and the following disclaimer in the documentation
   and/or other materials provided with the distribution.
`;
const BSD_DISCLAIMER = `
THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS"
AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE
IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
DISCLAIMED.
`;
const BSD_CLAUSE_3 = `
3. Neither the name of the copyright holder nor the names of its
   contributors may be used to endorse or promote products derived from
   this software without specific prior written permission.
`;
const BSD_2 = `BSD 2-Clause License\n\n${BSD_HEAD}${BSD_DISCLAIMER}`;
const BSD_3 = `BSD 3-Clause License\n\n${BSD_HEAD}${BSD_CLAUSE_3}${BSD_DISCLAIMER}`;

const ISC = `ISC License

Copyright (c) 2024, Example Authors

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE.
`;

const ZERO_BSD = `BSD Zero Clause License

Copyright (c) 2024 Example Authors

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE.
`;

const GPL_2 = `                    GNU GENERAL PUBLIC LICENSE
                       Version 2, June 1991

 Copyright (C) 1989, 1991 Free Software Foundation, Inc.,
 51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA
 Everyone is permitted to copy and distribute verbatim copies
 of this license document, but changing it is not allowed.

                    GNU GENERAL PUBLIC LICENSE
   TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION

  0. This License applies to any program or other work which contains
a notice placed by the copyright holder saying it may be distributed
under the terms of this General Public License.

                     END OF TERMS AND CONDITIONS

            How to Apply These Terms to Your New Programs

    This program is free software; you can redistribute it and/or modify
    it under the terms of the GNU General Public License as published by
    the Free Software Foundation; either version 2 of the License, or
    (at your option) any later version.

This General Public License does not permit incorporating your program into
proprietary programs.  If your program is a subroutine library, you may
consider it more useful to permit linking proprietary applications with the
library.  If this is what you want to do, use the GNU Lesser General
Public License instead of this License.
`;

const GPL_3 = `                    GNU GENERAL PUBLIC LICENSE
                       Version 3, 29 June 2007

 Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
 Everyone is permitted to copy and distribute verbatim copies
 of this license document, but changing it is not allowed.

                            Preamble

  The GNU General Public License is a free, copyleft license for
software and other kinds of works.

  13. Use with the GNU Affero General Public License.

  Notwithstanding any other provision of this License, you have
permission to link or combine any covered work with a work licensed
under version 3 of the GNU Affero General Public License into a single
combined work.
`;

const LGPL_21 = `                  GNU LESSER GENERAL PUBLIC LICENSE
                       Version 2.1, February 1999

 Copyright (C) 1991, 1999 Free Software Foundation, Inc.
 Everyone is permitted to copy and distribute verbatim copies
 of this license document, but changing it is not allowed.

  When we speak of free software, we are referring to freedom of use,
not price.  Our General Public Licenses are designed to make sure that
you have the freedom to distribute copies of free software.

                  GNU LESSER GENERAL PUBLIC LICENSE
   TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION

  0. This License Agreement applies to any software library or other
program which contains a notice placed by the copyright holder or
other authorized party saying it may be distributed under the terms of
this Lesser General Public License (also called "this License").

  3. You may opt to apply the terms of the ordinary GNU General Public
License instead of this License to a given copy of the Library.
`;

const LGPL_3 = `                   GNU LESSER GENERAL PUBLIC LICENSE
                       Version 3, 29 June 2007

 Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
 Everyone is permitted to copy and distribute verbatim copies
 of this license document, but changing it is not allowed.


  This version of the GNU Lesser General Public License incorporates
the terms and conditions of version 3 of the GNU General Public
License, supplemented by the additional permissions listed below.
`;

const AGPL_3 = `                    GNU AFFERO GENERAL PUBLIC LICENSE
                       Version 3, 19 November 2007

 Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>
 Everyone is permitted to copy and distribute verbatim copies
 of this license document, but changing it is not allowed.

                            Preamble

  The GNU Affero General Public License is a free, copyleft license for
software and other kinds of works, specifically designed to ensure
cooperation with the community in the case of network server software.

  13. Remote Network Interaction; Use with the GNU General Public License.
`;

const MPL_2 = `Mozilla Public License Version 2.0
==================================

1. Definitions
--------------

1.1. "Contributor"
    means each individual or legal entity that creates, contributes to
    the creation of, or owns Covered Software.

Exhibit A - Source Code Form License Notice
-------------------------------------------

  This Source Code Form is subject to the terms of the Mozilla Public
  License, v. 2.0. If a copy of the MPL was not distributed with this
  file, You can obtain one at http://mozilla.org/MPL/2.0/.
`;

const EPL_1 = `Eclipse Public License - v 1.0

THE ACCOMPANYING PROGRAM IS PROVIDED UNDER THE TERMS OF THIS ECLIPSE PUBLIC
LICENSE ("AGREEMENT"). ANY USE, REPRODUCTION OR DISTRIBUTION OF THE PROGRAM
CONSTITUTES RECIPIENT'S ACCEPTANCE OF THIS AGREEMENT.

This Agreement is governed by the laws of the State of New York.
`;

const EPL_2 = `Eclipse Public License - v 2.0

    THE ACCOMPANYING PROGRAM IS PROVIDED UNDER THE TERMS OF THIS ECLIPSE
    PUBLIC LICENSE ("AGREEMENT"). ANY USE, REPRODUCTION OR DISTRIBUTION
    OF THE PROGRAM CONSTITUTES RECIPIENT'S ACCEPTANCE OF THIS AGREEMENT.

"Secondary License" means either the GNU General Public License,
Version 2.0, or any later versions of that license.
`;

const UNLICENSE = `This is free and unencumbered software released into the public domain.

Anyone is free to copy, modify, publish, use, compile, sell, or
distribute this software, either in source code form or as a compiled
binary, for any purpose, commercial or non-commercial, and by any
means.

For more information, please refer to <https://unlicense.org>
`;

const CC0 = `Creative Commons Legal Code

CC0 1.0 Universal

Statement of Purpose

Certain owners wish to permanently relinquish those rights to a Work for the
purpose of contributing to a commons of creative, cultural and scientific works.

1. Copyright and Related Rights. A Work made available under CC0 may be
protected by copyright and related or neighboring rights. The person
associating CC0 with a Work (the "Affirmer") waives them.
`;

const BSL = `Boost Software License - Version 1.0 - August 17th, 2003

Permission is hereby granted, free of charge, to any person or organization
obtaining a copy of the software and accompanying documentation covered by
this license (the "Software") to use, reproduce, display, distribute,
execute, and transmit the Software.
`;

const ZLIB = `zlib License

(C) 2024 Example Authors

This software is provided 'as-is', without any express or implied
warranty.  In no event will the authors be held liable for any damages
arising from the use of this software.

Permission is granted to anyone to use this software for any purpose,
including commercial applications, and to alter it and redistribute it
freely, subject to the following restrictions:

1. The origin of this software must not be misrepresented; you must not
   claim that you wrote the original software.
`;

const ARTISTIC_2 = `		       The Artistic License 2.0

	    Copyright (c) 2000-2006, The Perl Foundation.

Preamble

This license establishes the terms under which a given free software
Package may be copied, modified, distributed, and/or redistributed.
`;

const CDDL = `COMMON DEVELOPMENT AND DISTRIBUTION LICENSE (CDDL) Version 1.0

1. Definitions.

4. DISCLAIMER OF WARRANTY.

COVERED SOFTWARE IS PROVIDED UNDER THIS LICENSE ON AN "AS IS" BASIS,
WITHOUT WARRANTY OF ANY KIND.
`;

const EUPL = `                      EUROPEAN UNION PUBLIC LICENCE v. 1.2
                      EUPL © the European Union 2007, 2016

This European Union Public Licence (the ‘EUPL’) applies to the Work (as
defined below) which is provided under the terms of this Licence.
`;

const POSTGRESQL = `PostgreSQL License

Copyright (c) 2024, Example Authors

Permission to use, copy, modify, and distribute this software and its
documentation for any purpose, without fee, and without a written agreement is
hereby granted, provided that the above copyright notice and this paragraph
and the following two paragraphs appear in all copies.
`;

const APACHE_NOTICE = `Copyright 2024 The Example Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0
`;

// ---------------------------------------------------------------------------------------------------------

const repos: FixtureRepo[] = [];
const snapshots: Snapshot[] = [];
afterEach(() => {
  for (const s of snapshots.splice(0)) s.close();
  for (const r of repos.splice(0)) r.cleanup();
});

interface Run {
  result: DetectorResult;
  fact: Fact<'metadata.license'> | undefined;
  snapshot: Snapshot;
}

/** Commits FILES (after SETUP, e.g. a symlink) to a fresh repository and runs the detector. */
async function detect(files: Record<string, FileContent>, setup?: (repo: FixtureRepo) => void): Promise<Run> {
  const repo = FixtureRepo.git();
  repos.push(repo);
  repo.write(files);
  setup?.(repo);
  repo.commit({ message: 'fixture' });
  const snapshot = await Snapshot.open(repo.dir);
  snapshots.push(snapshot);
  const result = licenseDetector.detect(snapshot);
  return { result, fact: factsOfKind(result, 'metadata.license')[0], snapshot };
}

async function spdxOf(files: Record<string, FileContent>): Promise<string | undefined> {
  return (await detect(files)).fact?.value.spdx;
}

/** The 1-based line of the first line of TEXT that contains NEEDLE. */
function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

describe('license detector: licence files', () => {
  it('recognises the Apache 2.0 text and points at its "Apache License" line', async () => {
    const { result, fact, snapshot } = await detect({ LICENSE: APACHE });
    expect(result.unknowns).toEqual([]);
    expect(fact?.value).toEqual({ spdx: 'Apache-2.0', file: 'LICENSE' });
    expect(fact?.confidence).toBe('observed');
    expect(fact?.refs).toEqual([{ path: 'LICENSE', line: 2, commit: snapshot.identity.commit }]);
  });

  it.each([
    ['MIT', MIT],
    ['BSD-2-Clause', BSD_2],
    ['BSD-3-Clause', BSD_3],
    ['ISC', ISC],
    ['0BSD', ZERO_BSD],
    ['MPL-2.0', MPL_2],
    ['GPL-2.0-only', GPL_2],
    ['GPL-3.0-only', GPL_3],
    ['LGPL-2.1-only', LGPL_21],
    ['LGPL-3.0-only', LGPL_3],
    ['AGPL-3.0-only', AGPL_3],
    ['EPL-1.0', EPL_1],
    ['EPL-2.0', EPL_2],
    ['Unlicense', UNLICENSE],
    ['CC0-1.0', CC0],
    ['BSL-1.0', BSL],
    ['Zlib', ZLIB],
    ['Artistic-2.0', ARTISTIC_2],
    ['CDDL-1.0', CDDL],
    ['EUPL-1.2', EUPL],
    ['PostgreSQL', POSTGRESQL],
  ])('recognises %s', async (spdx, text) => {
    const { fact } = await detect({ LICENSE: text });
    expect(fact?.value.spdx).toBe(spdx);
    expect(fact?.confidence).toBe('observed');
    // The text's first non-blank line: its heading.
    expect(fact?.refs[0]?.line).toBe(text.split('\n').findIndex((l) => l.trim() !== '') + 1);
  });

  it('covers every catalogue row with a fixture above', () => {
    const tested = new Set([
      'Apache-2.0',
      'MIT',
      'BSD-2-Clause',
      'BSD-3-Clause',
      'ISC',
      '0BSD',
      'MPL-2.0',
      'GPL-2.0-only',
      'GPL-3.0-only',
      'LGPL-2.1-only',
      'LGPL-3.0-only',
      'AGPL-3.0-only',
      'EPL-1.0',
      'EPL-2.0',
      'Unlicense',
      'CC0-1.0',
      'BSL-1.0',
      'Zlib',
      'Artistic-2.0',
      'CDDL-1.0',
      'EUPL-1.2',
      'PostgreSQL',
    ]);
    expect(LICENSES.map((l) => l.spdx).sort()).toEqual([...tested].sort());
  });

  it('reads LICENSE.md with Markdown formatting', async () => {
    const md = `# The MIT License (MIT)\n\n**Copyright © 2024** _Example_\n\n${MIT.split('\n').slice(4).join('\n')}`;
    const { fact } = await detect({ 'LICENSE.md': md });
    expect(fact?.value).toEqual({ spdx: 'MIT', file: 'LICENSE.md' });
    expect(fact?.refs[0]?.line).toBe(1);
  });

  it('finds lower-case and British spellings (licence.txt) and UNLICENSE', async () => {
    const { fact } = await detect({ 'licence.txt': ISC });
    expect(fact?.value).toEqual({ spdx: 'ISC', file: 'licence.txt' });
    expect((await detect({ UNLICENSE })).fact?.value).toEqual({ spdx: 'Unlicense', file: 'UNLICENSE' });
  });

  it('reads COPYING', async () => {
    const { fact } = await detect({ COPYING: GPL_3, 'README.md': '# Example\n' });
    expect(fact?.value).toEqual({ spdx: 'GPL-3.0-only', file: 'COPYING' });
  });

  it('reads a license/ directory when the root has no licence file', async () => {
    const { fact } = await detect({ 'license/LICENSE.txt': BSD_3 });
    expect(fact?.value).toEqual({ spdx: 'BSD-3-Clause', file: 'license/LICENSE.txt' });
  });

  it('gives "or later" only when the project says so before the text, not from the text’s own appendix', async () => {
    expect(await spdxOf({ COPYING: GPL_2 })).toBe('GPL-2.0-only');
    const notice = `Example is free software; you can redistribute it and/or modify it under the terms of
the GNU General Public License as published by the Free Software Foundation; either
version 2 of the License, or (at your option) any later version.\n\n`;
    const { fact } = await detect({ COPYING: notice + GPL_2 });
    expect(fact?.value.spdx).toBe('GPL-2.0-or-later');
    expect(fact?.refs[0]?.line).toBe(lineOf(notice + GPL_2, 'GNU GENERAL PUBLIC LICENSE'));
  });

  it('combines LICENSE-APACHE and LICENSE-MIT into a choice, with a reference to each', async () => {
    const { fact } = await detect({ 'LICENSE-APACHE': APACHE, 'LICENSE-MIT': MIT });
    expect(fact?.value).toEqual({ spdx: 'Apache-2.0 OR MIT', file: 'LICENSE-APACHE' });
    expect(fact?.refs.map((r) => [r.path, r.line])).toEqual([
      ['LICENSE-APACHE', 2],
      ['LICENSE-MIT', 1],
    ]);
    expect(fact?.confidence).toBe('observed');
  });

  it('reads a dual licence listed in one LICENSE', async () => {
    const text = `This project is licensed under either of\n\n * Apache License, Version 2.0\n * MIT license\n\nat your option.\n\n${APACHE}\n\n${MIT}`;
    const { fact } = await detect({ LICENSE: text });
    expect(fact?.value).toEqual({ spdx: 'Apache-2.0 OR MIT', file: 'LICENSE' });
    expect(fact?.refs.map((r) => r.line)).toEqual([
      lineOf(text, '   Apache License'),
      lineOf(text, 'MIT License'),
    ]);
  });

  it('takes the first text when others are appended without offering a choice (third-party licences)', async () => {
    const text = `${APACHE}\n\nThis product bundles example-lib, which is available under:\n\n${BSD_3}`;
    expect(await spdxOf({ LICENSE: text })).toBe('Apache-2.0');
  });

  it('reads COPYING with COPYING.LESSER as LGPL-3.0, not a choice with GPL-3.0', async () => {
    const { fact } = await detect({ COPYING: GPL_3, 'COPYING.LESSER': LGPL_3 });
    expect(fact?.value).toEqual({ spdx: 'LGPL-3.0-only', file: 'COPYING.LESSER' });
  });

  it('takes a LICENSE holding only the standard Apache header as stated', async () => {
    const { fact } = await detect({ LICENSE: APACHE_NOTICE });
    expect(fact?.value).toEqual({ spdx: 'Apache-2.0', file: 'LICENSE' });
    expect(fact?.confidence).toBe('stated');
    expect(fact?.refs[0]?.line).toBe(3);
  });

  it('takes an SPDX-License-Identifier line in an unrecognised LICENSE as stated', async () => {
    const { fact } = await detect({
      LICENSE: '<!-- SPDX-License-Identifier: Apache-2.0 OR MIT -->\nSee the files in LICENSES/.\n',
    });
    expect(fact?.value).toEqual({ spdx: 'Apache-2.0 OR MIT', file: 'LICENSE' });
    expect(fact?.confidence).toBe('stated');
    expect(fact?.refs[0]?.line).toBe(1);
  });

  it('prefers a licence file over a manifest', async () => {
    expect(await spdxOf({ LICENSE: MIT, 'package.json': '{"license": "ISC"}' })).toBe('MIT');
  });

  it('works on a directory without git (no commit in the reference)', async () => {
    const repo = FixtureRepo.directory();
    repos.push(repo);
    repo.write({ LICENSE: MIT });
    const snapshot = await Snapshot.open(repo.dir);
    snapshots.push(snapshot);
    const fact = factsOfKind(licenseDetector.detect(snapshot), 'metadata.license')[0];
    expect(fact?.refs).toEqual([{ path: 'LICENSE', line: 1 }]);
  });
});

describe('license detector: declared licences', () => {
  it('reads package.json "license" with its line', async () => {
    const pkg = '{\n  "name": "example",\n  "version": "1.0.0",\n  "license": "mit"\n}\n';
    const { fact } = await detect({ 'package.json': pkg });
    expect(fact?.value).toEqual({ spdx: 'MIT', file: 'package.json' });
    expect(fact?.confidence).toBe('stated');
    expect(fact?.refs[0]?.line).toBe(4);
  });

  it('reads the legacy package.json "licenses" array as a choice', async () => {
    const pkg = JSON.stringify({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] }, null, 2);
    expect(await spdxOf({ 'package.json': pkg })).toBe('MIT OR Apache-2.0');
  });

  it('reads Cargo.toml [package] license, including the old slash form', async () => {
    const cargo = (license: string) =>
      `[package]\nname = "example"\nlicense = "${license}"\n\n[dependencies]\nserde = "1"\n`;
    const { fact } = await detect({ 'Cargo.toml': cargo('MIT OR Apache-2.0') });
    expect(fact?.value).toEqual({ spdx: 'MIT OR Apache-2.0', file: 'Cargo.toml' });
    expect(fact?.refs[0]?.line).toBe(3);
    expect(await spdxOf({ 'Cargo.toml': cargo('MIT/Apache-2.0') })).toBe('MIT OR Apache-2.0');
  });

  it('ignores a license key outside the package table', async () => {
    const cargo = '[package]\nname = "x"\nlicense-file = "LICENSE"\n\n[metadata.other]\nlicense = "MIT"\n';
    expect(await spdxOf({ 'Cargo.toml': cargo })).toBeUndefined();
  });

  it('reads pyproject.toml [project] license, in text form and as a name', async () => {
    const py =
      '[build-system]\nrequires = ["hatchling"]\n\n[project]\nname = "example"\nlicense = {text = "Apache License 2.0"}\n';
    const { fact } = await detect({ 'pyproject.toml': py });
    expect(fact?.value).toEqual({ spdx: 'Apache-2.0', file: 'pyproject.toml' });
    expect(fact?.refs[0]?.line).toBe(6);
    expect(await spdxOf({ 'pyproject.toml': '[tool.poetry]\nlicense = "BSD-3-Clause"\n' })).toBe(
      'BSD-3-Clause',
    );
  });

  it('reads setup.cfg [metadata] license', async () => {
    const cfg = '[metadata]\nname = example\nlicense = MPL-2.0\nlicense_files = LICENSE\n';
    expect(await spdxOf({ 'setup.cfg': cfg })).toBe('MPL-2.0');
  });

  it('canonicalises deprecated GNU ids and "+"', async () => {
    expect(await spdxOf({ 'package.json': '{"license": "GPL-2.0+"}' })).toBe('GPL-2.0-or-later');
    expect(await spdxOf({ 'package.json': '{"license": "GPL-3.0"}' })).toBe('GPL-3.0-only');
    expect(await spdxOf({ 'package.json': '{"license": "(MIT OR Apache-2.0) AND BSD-3-Clause"}' })).toBe(
      '(MIT OR Apache-2.0) AND BSD-3-Clause',
    );
    expect(await spdxOf({ 'package.json': '{"license": "Apache-2.0 WITH LLVM-exception"}' })).toBe(
      'Apache-2.0 WITH LLVM-exception',
    );
  });

  it('takes a root SPDX-License-Identifier in a manifest', async () => {
    const { fact } = await detect({
      'pyproject.toml': '# SPDX-License-Identifier: Apache-2.0\n[project]\nname = "x"\n',
    });
    expect(fact?.value).toEqual({ spdx: 'Apache-2.0', file: 'pyproject.toml' });
    expect(fact?.refs[0]?.line).toBe(1);
  });
});

describe('license detector: what is not a licence', () => {
  it('returns an unknown saying where it looked when there is no licence', async () => {
    const { result } = await detect({ 'README.md': '# Example\n', 'main.go': 'package main\n' });
    expect(result.facts).toEqual([]);
    expect(result.unknowns).toEqual([
      {
        id: 'metadata.license',
        section: 'metadata',
        lookedFor: 'a license file or a declared SPDX license',
        lookedIn: licenseDetector.reads,
        reason: 'not-found',
      },
    ]);
  });

  it('does not take a README that mentions MIT for a licence', async () => {
    const readme =
      '# Example\n\n## License\n\nMIT License. Permission is hereby granted, see the MIT license.\n';
    const { result } = await detect({ 'README.md': readme });
    expect(result.facts).toEqual([]);
  });

  it('says a LICENSE was present but not recognised', async () => {
    const { result } = await detect({ LICENSE: 'MIT\n\nCopyright 2024 Example Authors\n' });
    expect(result.facts).toEqual([]);
    expect(result.unknowns[0]?.detail).toBe('LICENSE present but not recognised');
  });

  it('tells BSD-2-Clause from BSD-3-Clause, and keeps BSD-2 with a vendored BSD-3 after it', async () => {
    expect(await spdxOf({ LICENSE: BSD_2 })).toBe('BSD-2-Clause');
    expect(await spdxOf({ LICENSE: BSD_3 })).toBe('BSD-3-Clause');
    expect(await spdxOf({ LICENSE: `${BSD_2}\n${'-'.repeat(70)}\nvendor/lib:\n\n${BSD_3}` })).toBe(
      'BSD-2-Clause',
    );
    // Without the headings (many BSD files have none), only the clauses tell them apart.
    expect(await spdxOf({ LICENSE: BSD_HEAD + BSD_DISCLAIMER })).toBe('BSD-2-Clause');
    expect(await spdxOf({ LICENSE: BSD_HEAD + BSD_CLAUSE_3 + BSD_DISCLAIMER })).toBe('BSD-3-Clause');
    const advertising = `\n3. All advertising materials mentioning features or use of this software must\n   display the following acknowledgement.\n`;
    expect(await spdxOf({ LICENSE: BSD_HEAD + advertising + BSD_CLAUSE_3 + BSD_DISCLAIMER })).toBeUndefined();
  });

  it('does not mistake LGPL or AGPL for GPL, though their texts name the GPL', async () => {
    expect(await spdxOf({ COPYING: LGPL_21 })).toBe('LGPL-2.1-only');
    expect(await spdxOf({ 'COPYING.LESSER': LGPL_3 })).toBe('LGPL-3.0-only');
    expect(await spdxOf({ LICENSE: AGPL_3 })).toBe('AGPL-3.0-only');
    expect(await spdxOf({ LICENSE: GPL_3 })).toBe('GPL-3.0-only');
  });

  it('does not take MIT-0 for MIT, or 0BSD for ISC', async () => {
    expect(await spdxOf({ LICENSE: MIT_0 })).toBeUndefined();
    expect(await spdxOf({ LICENSE: ZERO_BSD })).toBe('0BSD');
  });

  it('does not read third-party licence files as the project’s', async () => {
    const { result } = await detect({ 'LICENSE-THIRD-PARTY': MIT, 'license.go': 'package license\n' });
    expect(result.facts).toEqual([]);
  });

  it('does not take npm words that are not SPDX ids', async () => {
    for (const license of ['UNLICENSED', 'SEE LICENSE IN LICENSE.txt', 'GPLv2 or later', 'BSD']) {
      const { result } = await detect({ 'package.json': JSON.stringify({ license }) });
      expect(result.facts).toEqual([]);
      expect(result.unknowns[0]?.detail).toContain('not an SPDX expression');
    }
  });
});

describe('license detector: hostile repositories', () => {
  it('never follows a LICENSE symlink to /etc/passwd', async () => {
    const { result, snapshot } = await detect({ 'README.md': '# x\n' }, (repo) =>
      repo.symlink('LICENSE', '/etc/passwd'),
    );
    expect(snapshot.file('LICENSE')?.kind).toBe('symlink');
    expect(result.facts).toEqual([]);
    expect(result.unknowns[0]?.detail).toBe('LICENSE is a symbolic link (not followed)');
    expect(JSON.stringify(result)).not.toContain('root:');
    // Not even asked for: the snapshot records no read of it.
    expect(snapshot.skippedFiles()).toEqual([]);
  });

  it('skips a binary LICENSE', async () => {
    const { result } = await detect({ LICENSE: Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 3]) });
    expect(result.facts).toEqual([]);
    expect(result.unknowns[0]?.detail).toBe('LICENSE was not read (binary)');
  });

  it('skips a LICENSE that is not UTF-8, and falls back to the manifest', async () => {
    const latin1 = Buffer.from(MIT.replace('Example Authors', 'J\u00f6rg M\u00fcller'), 'latin1');
    const { result } = await detect({ LICENSE: latin1 });
    expect(result.facts).toEqual([]);
    expect(result.unknowns[0]?.detail).toBe('LICENSE was not read (not valid UTF-8)');
    expect(await spdxOf({ LICENSE: latin1, 'package.json': '{"license":"MIT"}' })).toBe('MIT');
  });

  it('skips a 5 MB LICENSE without reading it', async () => {
    const huge = MIT + 'x'.repeat(5 * 1024 * 1024);
    const started = Date.now();
    const { result } = await detect({ LICENSE: huge });
    expect(result.facts).toEqual([]);
    expect(result.unknowns[0]?.detail).toBe('LICENSE was not read (too large)');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('survives a package.json that is not JSON', async () => {
    const { result } = await detect({ 'package.json': '{ "name": "x", "license": "MIT", ' });
    // The line still says what it declares.
    expect(result.facts[0]?.value).toEqual({ spdx: 'MIT', file: 'package.json' });
    const garbage = await detect({ 'package.json': '\u0000not json at all' });
    expect(garbage.result.facts).toEqual([]);
    const nonsense = await detect({ 'package.json': '[[[[[[[[[[' });
    expect(nonsense.result.unknowns[0]?.detail).toBe('package.json is not valid JSON');
  });

  it('survives odd JSON shapes and TOML', async () => {
    for (const pkg of ['null', '"MIT"', '[1,2]', '{"license": {"type": 5}}', '{"licenses": "MIT"}']) {
      const { result } = await detect({ 'package.json': pkg });
      expect(result.facts).toEqual([]);
    }
    const { result } = await detect({ 'Cargo.toml': `[${'['.repeat(10_000)}\nlicense = "MIT"\n` });
    expect(result.facts).toEqual([]);
  });

  it('stays fast on text built to make a matcher backtrack', async () => {
    const repeated = `${'permission is hereby granted free of charge to any person '.repeat(900)}\n`;
    const oneLine = `${' '.repeat(200_000)}x`;
    const spdx = `SPDX-License-Identifier: ${'( '.repeat(400_000)}`;
    const started = Date.now();
    const { result } = await detect({
      LICENSE: repeated,
      'LICENSE.md': oneLine,
      COPYING: spdx,
      'setup.cfg': `[metadata]\nlicense = ${' '.repeat(500_000)}x\n`,
      'Cargo.toml': `[${' '.repeat(500_000)}\n`,
    });
    expect(result.facts).toEqual([]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
