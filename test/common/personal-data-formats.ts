/**
 * The ways staff write personal data, and text that only looks like it: one table that the mask
 * tests and the storage tests (SQLite, Table Storage, SharePoint) share. The numbers are synthetic:
 * the fødselsnummer pass the check digits (made by the validator) and belong to no one we know of.
 */
export type Kind = 'fnr' | 'phone' | 'email';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** [as written, what it is, and what stays around the mask (• is the mask) when not all of it goes]. */
export const PERSONAL_DATA: ReadonlyArray<readonly [string, Kind, string?]> = [
  // Phone numbers: together, in the usual groupings, with every separator people use.
  ['47809050', 'phone'],
  ['478 09 050', 'phone'],
  ['47 80 90 50', 'phone'],
  ['478 090 50', 'phone'],
  ['4780 9050', 'phone'],
  ['93847 508', 'phone'],
  ['478 09050', 'phone'],
  ['47 809 050', 'phone'],
  ['478-09-050', 'phone'],
  ['478.09.050', 'phone'],
  ['47-80-90-50', 'phone'],
  ['47.80.90.50', 'phone'],
  ['9384-7512', 'phone'],
  ['9384.7512', 'phone'],
  ['93847-508', 'phone'],
  [`938${NBSP}47${NBSP}519`, 'phone'],
  [`47${NBSP}80${NBSP}90${NBSP}50`, 'phone'],
  [`4780${NBSP}9050`, 'phone'],
  [`478${NNBSP}09${NNBSP}050`, 'phone'],
  ['+47 478 09 050', 'phone'],
  ['+4747809050', 'phone'],
  ['0047 47809050', 'phone'],
  ['+47 478-09-050', 'phone'],
  [`+47${NBSP}47809050`, 'phone'],
  ['22 33 44 55', 'phone'],
  // Fødselsnummer and D-nummer: any grouping, alone or glued to letters.
  ['01019010046', 'fnr'],
  ['010190 10046', 'fnr'],
  ['010190-10046', 'fnr'],
  ['01.01.90 10046', 'fnr'],
  ['01.01.90-10046', 'fnr'],
  ['150385 433 07', 'fnr'],
  ['15 03 85 433 07', 'fnr'],
  [`150385${NBSP}43307`, 'fnr'],
  ['1503 8543 307', 'fnr'],
  ['fnr15038543307', 'fnr', 'fnr•'],
  ['fnr:31129954461', 'fnr', 'fnr:•'],
  ['sak-15038558185', 'fnr', 'sak-•'],
  ['nr15038558185b', 'fnr', 'nr•b'],
  ['41019010048', 'fnr'],
  ['410190 10048', 'fnr'],
  // E-mail, also written out.
  ['ola.nordmann@eksempel.kommune.no', 'email'],
  ['OLA@EKSEMPEL.NO', 'email'],
  ['ola+sak@eksempel.no', 'email'],
  ['x @ eksempel.no', 'email'],
  ['kari @eksempel.no', 'email'],
  ['x (at) eksempel.no', 'email'],
  ['x [at] eksempel.no', 'email'],
  ['x(at)eksempel(dot)no', 'email'],
  ['x@192.168.0.1', 'email'],
  ['x@[192.168.0.1]', 'email'],
  ['"x y"@eksempel.no', 'email'],
  ['47809050@eksempel.no', 'email'],
];

/** Text that must stay as written: not personal data. */
export const NOT_PERSONAL_DATA: readonly string[] = [
  'Frist 31.12.2023',
  'innen 2026-11-30',
  'planperiode 2022-2025',
  'fra 1999-2001',
  'perioden 2025–2028',
  'tiltak 1.2',
  'tiltak 3.2.1',
  '3545 anmeldelser',
  '12 345 saker',
  'straffeloven § 282',
  'Ring 112, 113 eller 116 111',
  'Vold- og overgrepslinjen 116 006',
  'Politiet 02800',
  'kontonummer 01019012345',
  'saksnummer 9010190100463',
  'kl. 09.00–15.30',
  'uke 6',
  'versjon 2.0.16',
  'Send e-post til koordinatoren',
  '@Planassistenten hjelp',
  'id 00000000-0000-0000-0000-000000000020',
  'id 12345678-aaaa-4bbb-8ccc-15038543307a',
];
