// The licences the license detector recognises, one row each. Adding a licence is one row here plus a
// fixture in test/unit/license.test.ts; the detector has no knowledge of its own.
//
// Phrases are written as they appear in the licence and compared after normalisation: lower case, every run
// of punctuation and white space turned into one space, and "licence" spelled "license". So
// 'Apache License\n   Version 2.0, January 2004' and 'APACHE LICENSE VERSION 2.0 JANUARY 2004' are the same
// phrase. Choose phrases that survive the usual edits (reflowed lines, Markdown, a filled-in copyright line)
// and that a text merely naming the licence would not contain.

/** A phrase, or alternative wordings of which any one will do. */
export type LicensePhrase = string | readonly string[];

export interface LicenseEntry {
  /** SPDX identifier reported when the text is recognised. */
  spdx: string;
  /** Full name, for people reading the catalogue. */
  name: string;
  /**
   * The text's canonical first line(s). Not needed to recognise the text; when one opens it (shortly before
   * the first `allOf` phrase), its line is the line reported.
   */
  heading?: readonly string[];
  /** Phrases that must all occur for the text to be this licence. */
  allOf: readonly LicensePhrase[];
  /** Phrases of which none may occur: they tell close relatives apart (BSD-2 vs BSD-3, MIT vs MIT-0). */
  noneOf?: readonly string[];
  /**
   * Short notices that declare the licence without its full text (a LICENSE holding only the standard header).
   * Any one is enough; such a file states the licence rather than showing it.
   */
  notices?: readonly string[];
  /**
   * GNU licences: the SPDX id when the project says "or (at your option) any later version" outside the
   * licence text itself. The text alone gives `spdx` (the `-only` id): SPDX defines the deprecated bare
   * `GPL-2.0` as `GPL-2.0-only`, and the "or later" sentence inside the text's "How to Apply" appendix is an
   * example for others, not the project's choice.
   */
  orLater?: string;
  /**
   * Other ways a manifest names this licence: deprecated SPDX ids ('GPL-3.0') and free-text names people put
   * in package metadata ('Apache License 2.0'). Compared whole and normalised.
   */
  aliases?: readonly string[];
  /**
   * Licences whose text ships with this one as part of it: found together, they are this licence.
   * (LGPL-3.0 is a set of permissions on top of GPL-3.0, so projects ship COPYING and COPYING.LESSER.)
   */
  includes?: readonly string[];
}

/**
 * Phrases that say a file offers a choice between the licences it contains (dual licensing). Consulted only
 * when one file holds two or more licence texts. Not "under the terms of either" or "your choice of": the
 * MPL-2.0 and GFDL texts themselves contain those.
 */
export const DUAL_LICENSE_PHRASES: readonly string[] = [
  'dual licensed',
  'dual license',
  'dual licensing',
  'licensed under either',
  'under either of',
  'under either license',
  'at your choice',
];

/** "Or later", as the GNU notices word it. */
export const OR_LATER_PHRASE = 'or (at your option) any later version';

/**
 * SPDX ids without a version number that a manifest may declare though no row below recognises their text.
 * A declared id with a digit or a hyphen is taken as written; a bare word must be a row's id or listed here,
 * so that "GPLv2 or later", "UNLICENSED" (npm's word for proprietary) or "SEE LICENSE IN LICENSE.txt" is not
 * mistaken for an expression.
 */
export const BARE_SPDX_IDS: readonly string[] = [
  'Beerware',
  'curl',
  'JSON',
  'NCSA',
  'OpenSSL',
  'Ruby',
  'Vim',
  'WTFPL',
];

// The GNU texts are told apart by their headings, which name the family and the version: the bodies quote
// each other (GPL-2.0 recommends the Library GPL, GPL-3.0 has a section on the Affero GPL, LGPL-3.0 restates
// GPL-3.0), so a `noneOf` on another family's name would reject the genuine text.
export const LICENSES: readonly LicenseEntry[] = [
  {
    spdx: 'Apache-2.0',
    name: 'Apache License 2.0',
    heading: ['Apache License Version 2.0, January 2004'],
    allOf: [
      'Apache License Version 2.0, January 2004',
      'Terms and conditions for use, reproduction, and distribution',
      'Grant of Copyright License',
    ],
    notices: ['Licensed under the Apache License, Version 2.0'],
    aliases: [
      'Apache 2',
      'Apache 2.0',
      'Apache-2',
      'Apache License 2.0',
      'Apache License, Version 2.0',
      'Apache Software License 2.0',
      'Apache Software License, Version 2.0',
      'ASL 2.0',
    ],
  },
  {
    spdx: 'MIT',
    name: 'MIT License',
    heading: ['MIT License', 'The MIT License (MIT)', 'The MIT License', 'Expat License'],
    allOf: [
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files',
      // The attribution condition: MIT-0 drops it.
      'The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software',
    ],
    aliases: ['MIT License', 'The MIT License', 'Expat'],
  },
  {
    spdx: 'BSD-2-Clause',
    name: 'BSD 2-Clause "Simplified" License',
    heading: ['BSD 2-Clause License', 'Simplified BSD License', 'FreeBSD License'],
    allOf: [
      'Redistribution and use in source and binary forms, with or without modification, are permitted provided that',
      'Redistributions in binary form must reproduce the above copyright notice',
    ],
    noneOf: [
      // The third clause of BSD-3-Clause, in its "Neither the name" and "The name of the author" wordings.
      'endorse or promote products derived from this software',
      // BSD-4-Clause's advertising clause.
      'All advertising materials mentioning features',
      // BSD-2-Clause-Patent's explicit patent grant.
      'hereby grants to those receiving rights under this License',
    ],
    aliases: ['BSD 2-Clause', 'BSD-2', 'Simplified BSD', 'FreeBSD'],
  },
  {
    spdx: 'BSD-3-Clause',
    name: 'BSD 3-Clause "New" or "Revised" License',
    heading: ['BSD 3-Clause License', 'New BSD License', 'Modified BSD License', 'Revised BSD License'],
    allOf: [
      'Redistribution and use in source and binary forms, with or without modification, are permitted provided that',
      'Redistributions in binary form must reproduce the above copyright notice',
      'endorse or promote products derived from this software',
    ],
    noneOf: [
      'All advertising materials mentioning features',
      // BSD-3-Clause-Clear withholds patent rights.
      "No express or implied licenses to any party's patent rights are granted by this license",
    ],
    aliases: ['BSD 3-Clause', 'BSD-3', 'New BSD', 'Modified BSD', 'Revised BSD'],
  },
  {
    spdx: 'ISC',
    name: 'ISC License',
    heading: ['ISC License'],
    allOf: [
      // "and/or distribute" in the current text, "and distribute" in older copies: start after it.
      'this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies',
    ],
    aliases: ['ISC License'],
  },
  {
    spdx: '0BSD',
    name: 'BSD Zero Clause License',
    heading: ['BSD Zero Clause License', 'Zero-Clause BSD'],
    allOf: [
      // Like ISC with the condition removed: the grant runs straight into the disclaimer.
      'Permission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted. THE SOFTWARE IS PROVIDED "AS IS"',
    ],
    aliases: ['Zero-Clause BSD', 'BSD Zero Clause License'],
  },
  {
    spdx: 'MPL-2.0',
    name: 'Mozilla Public License 2.0',
    heading: ['Mozilla Public License Version 2.0', 'Mozilla Public License, version 2.0'],
    allOf: [
      ['Mozilla Public License Version 2.0', 'Mozilla Public License, v. 2.0'],
      'Exhibit A - Source Code Form License Notice',
    ],
    notices: ['subject to the terms of the Mozilla Public License, v. 2.0'],
    aliases: ['Mozilla Public License 2.0', 'MPL 2.0', 'MPLv2'],
  },
  {
    spdx: 'GPL-2.0-only',
    name: 'GNU General Public License v2.0',
    heading: [
      'GNU General Public License Version 2, June 1991',
      'The GNU General Public License (GPL) Version 2, June 1991',
    ],
    allOf: [
      // The second wording is OpenJDK's copy.
      [
        'GNU General Public License Version 2, June 1991',
        'GNU General Public License (GPL) Version 2, June 1991',
      ],
      'Terms and conditions for copying, distribution and modification',
    ],
    notices: [
      'GNU General Public License as published by the Free Software Foundation; either version 2 of the License',
      'GNU General Public License version 2 as published by the Free Software Foundation',
      'GNU General Public License, version 2, as published by the Free Software Foundation',
    ],
    orLater: 'GPL-2.0-or-later',
    aliases: ['GPL-2.0', 'GPLv2', 'GPL v2', 'GPL 2', 'GNU GPL v2', 'GNU General Public License v2'],
  },
  {
    spdx: 'GPL-3.0-only',
    name: 'GNU General Public License v3.0',
    heading: ['GNU General Public License Version 3, 29 June 2007'],
    allOf: [
      'GNU General Public License Version 3, 29 June 2007',
      'The GNU General Public License is a free, copyleft license for software and other kinds of works',
    ],
    notices: [
      'GNU General Public License as published by the Free Software Foundation, either version 3 of the License',
      'GNU General Public License version 3 as published by the Free Software Foundation',
    ],
    orLater: 'GPL-3.0-or-later',
    aliases: ['GPL-3.0', 'GPLv3', 'GPL v3', 'GPL 3', 'GNU GPL v3', 'GNU General Public License v3'],
  },
  {
    spdx: 'LGPL-2.1-only',
    name: 'GNU Lesser General Public License v2.1',
    heading: ['GNU Lesser General Public License Version 2.1, February 1999'],
    allOf: [
      'GNU Lesser General Public License Version 2.1, February 1999',
      'Terms and conditions for copying, distribution and modification',
    ],
    notices: [
      'GNU Lesser General Public License as published by the Free Software Foundation; either version 2.1 of the License',
    ],
    orLater: 'LGPL-2.1-or-later',
    aliases: ['LGPL-2.1', 'LGPLv2.1', 'LGPL v2.1', 'GNU LGPL v2.1'],
  },
  {
    spdx: 'LGPL-3.0-only',
    name: 'GNU Lesser General Public License v3.0',
    heading: ['GNU Lesser General Public License Version 3, 29 June 2007'],
    allOf: [
      'GNU Lesser General Public License Version 3, 29 June 2007',
      'This version of the GNU Lesser General Public License incorporates the terms and conditions of version 3 of the GNU General Public License',
    ],
    notices: [
      'GNU Lesser General Public License as published by the Free Software Foundation, either version 3 of the License',
    ],
    orLater: 'LGPL-3.0-or-later',
    aliases: ['LGPL-3.0', 'LGPLv3', 'LGPL v3', 'GNU LGPL v3'],
    includes: ['GPL-3.0-only', 'GPL-3.0-or-later'],
  },
  {
    spdx: 'AGPL-3.0-only',
    name: 'GNU Affero General Public License v3.0',
    heading: ['GNU Affero General Public License Version 3, 19 November 2007'],
    allOf: [
      'GNU Affero General Public License Version 3, 19 November 2007',
      'The GNU Affero General Public License is a free, copyleft license for software and other kinds of works',
    ],
    notices: [
      'GNU Affero General Public License as published by the Free Software Foundation, either version 3 of the License',
    ],
    orLater: 'AGPL-3.0-or-later',
    aliases: ['AGPL-3.0', 'AGPLv3', 'AGPL v3', 'GNU AGPL v3'],
  },
  {
    spdx: 'EPL-1.0',
    name: 'Eclipse Public License 1.0',
    heading: [
      'Eclipse Public License - v 1.0',
      'Eclipse Public License v1.0',
      'Eclipse Public License, Version 1.0',
    ],
    allOf: [
      'The accompanying program is provided under the terms of this Eclipse Public License',
      [
        'Eclipse Public License - v 1.0',
        'Eclipse Public License v1.0',
        'Eclipse Public License, Version 1.0',
      ],
    ],
    // EPL-2.0 introduced Secondary Licenses; EPL-1.0 never mentions them.
    noneOf: ['Secondary License'],
    aliases: ['Eclipse Public License 1.0', 'EPL 1.0'],
  },
  {
    spdx: 'EPL-2.0',
    name: 'Eclipse Public License 2.0',
    heading: [
      'Eclipse Public License - v 2.0',
      'Eclipse Public License v2.0',
      'Eclipse Public License, Version 2.0',
    ],
    allOf: [
      'The accompanying program is provided under the terms of this Eclipse Public License',
      [
        'Eclipse Public License - v 2.0',
        'Eclipse Public License v2.0',
        'Eclipse Public License, Version 2.0',
      ],
      'Secondary License',
    ],
    notices: ['made available under the terms of the Eclipse Public License 2.0'],
    aliases: ['Eclipse Public License 2.0', 'EPL 2.0'],
  },
  {
    spdx: 'Unlicense',
    name: 'The Unlicense',
    heading: ['The Unlicense'],
    allOf: [
      'This is free and unencumbered software released into the public domain',
      'Anyone is free to copy, modify, publish, use, compile, sell, or distribute this software',
    ],
    aliases: ['The Unlicense'],
  },
  {
    spdx: 'CC0-1.0',
    name: 'Creative Commons Zero v1.0 Universal',
    heading: ['Creative Commons Legal Code CC0 1.0 Universal', 'CC0 1.0 Universal'],
    allOf: ['CC0 1.0 Universal', 'Statement of Purpose', 'Affirmer'],
    aliases: ['CC0', 'CC0 1.0', 'CC0 1.0 Universal'],
  },
  {
    spdx: 'BSL-1.0',
    name: 'Boost Software License 1.0',
    heading: ['Boost Software License - Version 1.0'],
    allOf: [
      'Permission is hereby granted, free of charge, to any person or organization obtaining a copy of the software and accompanying documentation covered by this license',
    ],
    aliases: ['Boost Software License 1.0', 'Boost Software License', 'Boost'],
  },
  {
    spdx: 'Zlib',
    name: 'zlib License',
    heading: ['zlib License', 'The zlib/libpng License'],
    allOf: [
      'Permission is granted to anyone to use this software for any purpose, including commercial applications, and to alter it and redistribute it freely',
      'The origin of this software must not be misrepresented',
    ],
    noneOf: [
      // libpng-2.0 and zlib-acknowledgement add conditions of their own.
      'This notice may not be removed or altered from any source or altered source distribution of the PNG',
    ],
    aliases: ['zlib License', 'zlib/libpng'],
  },
  {
    spdx: 'Artistic-2.0',
    name: 'Artistic License 2.0',
    heading: ['The Artistic License 2.0'],
    allOf: [
      'The Artistic License 2.0',
      'This license establishes the terms under which a given free software Package may be copied, modified, distributed, and/or redistributed',
    ],
    aliases: ['Artistic License 2.0', 'Artistic 2.0'],
  },
  {
    spdx: 'CDDL-1.0',
    name: 'Common Development and Distribution License 1.0',
    heading: ['Common Development and Distribution License (CDDL) Version 1.0'],
    allOf: [
      'Common Development and Distribution License (CDDL) Version 1.0',
      'Covered Software is provided under this License on an "as is" basis',
    ],
    aliases: ['CDDL 1.0', 'Common Development and Distribution License 1.0'],
  },
  {
    spdx: 'EUPL-1.2',
    name: 'European Union Public License 1.2',
    heading: ['European Union Public Licence v. 1.2'],
    allOf: [
      'European Union Public Licence v. 1.2',
      'This European Union Public Licence (the "EUPL") applies to the Work (as defined below)',
    ],
    aliases: ['EUPL 1.2', 'European Union Public Licence 1.2', 'European Union Public License 1.2'],
  },
  {
    spdx: 'PostgreSQL',
    name: 'PostgreSQL License',
    heading: ['PostgreSQL License', 'PostgreSQL Database Management System'],
    allOf: [
      'documentation for any purpose, without fee, and without a written agreement is hereby granted',
      'this paragraph and the following two paragraphs appear in all copies',
    ],
    aliases: ['PostgreSQL License'],
  },
];
