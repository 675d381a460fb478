/**
 * The field's vocabulary across languages, read from data (src/knowledge/data/glossary.yaml) at
 * start: English and Nynorsk words staff use mapped to the Bokmål words municipal plans are
 * written in, the field's general words and words of the same meaning, and the words that decide
 * whether a question is inside the field. Data a municipality edits is data: its list
 * "Synonymer" adds staff words to it while the bot runs (src/knowledge/synonyms.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { normalizeText, tokenize } from './normalize';

/** The vocabulary as the data file holds it. */
export interface Glossary {
  /** English → Bokmål, phrases before the words they contain; the right side may hold several words. */
  english: Array<[string, string]>;
  /** Nynorsk → Bokmål, for words whose spelling the n-gram view would not bridge alone. */
  nynorsk: Record<string, string>;
  /** The field's own words (Bokmål stems or word starts): a question with one is inside the field. */
  fieldWords: string[];
  /** Everyday topics outside the field: a question about one, with no field word, is refused. */
  offFieldWords: string[];
  /** A specific word staff write → the field's general word the plans use ("slår" → vold). */
  broader: Record<string, string>;
  /** Groups of words plans use for the same thing. */
  sameMeaning: string[][];
  /**
   * An everyday phrase staff write → the plan words of the text that answers it ("snakke med
   * noen" → samtaletilbud); searched at a lower weight beside the phrase's own words.
   */
  phrases?: Record<string, string>;
}

/** Where the shipped glossary lives. */
export const GLOSSARY_FILE = path.join(__dirname, 'data', 'glossary.yaml');

/** Thrown when the glossary file cannot be used; the message names the file and the entry. */
export class GlossaryError extends Error {
  override readonly name = 'GlossaryError';
}

const word = { type: 'string', minLength: 1 } as const;
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['english', 'nynorsk', 'fieldWords', 'offFieldWords', 'broader', 'sameMeaning'],
  properties: {
    english: { type: 'array', items: { type: 'array', items: word, minItems: 2, maxItems: 2 } },
    nynorsk: { type: 'object', additionalProperties: word },
    fieldWords: { type: 'array', items: word },
    offFieldWords: { type: 'array', items: word },
    broader: { type: 'object', additionalProperties: word },
    sameMeaning: { type: 'array', items: { type: 'array', items: word, minItems: 2 } },
    phrases: { type: 'object', additionalProperties: word },
  },
} as const;

const validate = new Ajv({ allErrors: true, strict: true }).compile<Glossary>(schema);

/** A phrase that starts by asking ("hvem kan jeg ringe") says how the question asks, not what about. */
const QUESTION_WORD = /^(hva|hvem|hvor|når|hvordan|hvilken|hvilket|hvilke|kva|kven|kvar|korleis|kor) /u;

/** The words a text is read as: what a question's token stream would hold. */
const tokensOf = (text: string): string => tokenize(normalizeText(text)).map((t) => t.word).join(' ');

/**
 * Entries a question could never meet: a side written with capitals or punctuation the reader
 * drops ("e-learning" is read as "e learning"), or a key of more than one word where one is read.
 */
function unreadable(g: Glossary): string[] {
  const out: string[] = [];
  // What a question is read as must be written as the reader reads it.
  const phrase = (where: string, text: string) => {
    if (tokensOf(text) !== text) out.push(`${where}: «${text}» må skrives med små bokstaver og ord skilt med ett mellomrom («${tokensOf(text)}»)`);
  };
  // What it is read into is searched word by word, as written.
  const words = (where: string, text: string) => {
    if (text !== text.toLowerCase() || !/^\S+( \S+)*$/.test(text)) out.push(`${where}: «${text}» må skrives med små bokstaver og ord skilt med ett mellomrom`);
  };
  const single = (where: string, text: string) => {
    phrase(where, text);
    if (text.includes(' ')) out.push(`${where}: «${text}» må være ett ord`);
  };
  g.english.forEach(([en, no], i) => {
    phrase(`english[${i}]`, en);
    words(`english[${i}]`, no);
  });
  for (const [k, v] of Object.entries(g.nynorsk)) {
    single(`nynorsk.${k}`, k);
    words(`nynorsk.${k}`, v);
  }
  for (const [k, v] of Object.entries(g.broader)) {
    single(`broader.${k}`, k);
    single(`broader.${k}`, v);
  }
  g.sameMeaning.forEach((group, i) => group.forEach((w) => single(`sameMeaning[${i}]`, w)));
  for (const [k, v] of Object.entries(g.phrases ?? {})) {
    phrase(`phrases.${k}`, k);
    if (!k.includes(' ')) out.push(`phrases.${k}: «${k}» må være minst to ord`);
    // Question words are never searched: a phrase is what the question is about, not how it asks.
    if (QUESTION_WORD.test(k)) out.push(`phrases.${k}: «${k}» skal si hva spørsmålet handler om, ikke begynne med et spørreord`);
    words(`phrases.${k}`, v);
    // Plan words the phrase already holds add nothing: they would only weigh its own words twice.
    if (v.split(' ').every((w) => k.split(' ').includes(w))) out.push(`phrases.${k}: «${v}» står allerede i uttrykket; skriv ordene planen bruker for det`);
  }
  // Off-field words are compared as written, pc-en included; field words are stems.
  g.fieldWords.forEach((w, i) => single(`fieldWords[${i}]`, w));
  g.offFieldWords.forEach((w, i) => {
    if (w !== w.toLowerCase() || /\s/.test(w)) out.push(`offFieldWords[${i}]: «${w}» må være ett ord med små bokstaver`);
  });
  return out;
}

/** Parses and validates glossary text; `file` is named in every error. */
export function parseGlossary(text: string, file: string): Glossary {
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true });
  } catch (err) {
    throw new GlossaryError(`Feil i ordlisten ${file}: ugyldig YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    throw new GlossaryError(`Feil i ordlisten ${file}: ${first?.instancePath || '(roten)'} ${first?.message ?? 'ugyldig'}`);
  }
  const problems = unreadable(data);
  if (problems.length) throw new GlossaryError(`Feil i ordlisten ${file}: ${problems.join('; ')}`);
  return data;
}

/** Reads the glossary file; an unreadable or invalid one stops the start with a message naming it. */
export function loadGlossary(file = GLOSSARY_FILE): Glossary {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new GlossaryError(`Ordlisten ${file} kan ikke leses (${(err as NodeJS.ErrnoException).code ?? 'ukjent feil'})`);
  }
  return parseGlossary(text, file);
}

/** The shipped glossary, read once when the engine is first loaded. */
export const GLOSSARY: Glossary = loadGlossary();

/** English → Bokmål. The right side may hold several words; all of them are searched. */
export const ENGLISH_GLOSSARY: Array<[string, string]> = GLOSSARY.english;

/** Nynorsk → Bokmål, for words whose spelling the n-gram view would not bridge alone. */
export const NYNORSK_GLOSSARY: Record<string, string> = GLOSSARY.nynorsk;

/** The field's own words, as Bokmål stems or word starts (see Glossary.fieldWords). */
export const FIELD_WORDS: string[] = GLOSSARY.fieldWords;

/** Everyday workplace topics outside the field (see Glossary.offFieldWords). */
export const OFF_FIELD_WORDS: string[] = GLOSSARY.offFieldWords;

/** A specific word staff write → the field's general word; searched at a lower weight. */
export const BROADER: Record<string, string> = GLOSSARY.broader;

/** Words municipal plans use for the same thing, as groups; searched at a lower weight. */
export const SAME_MEANING: string[][] = GLOSSARY.sameMeaning;

/** Everyday phrases → plan words (see Glossary.phrases); searched at a lower weight. */
export const PHRASES: Record<string, string> = GLOSSARY.phrases ?? {};
