import { termOf } from './analyzer';
import { BROADER, ENGLISH_GLOSSARY, NYNORSK_GLOSSARY } from './glossary';
import { STOPWORDS } from './lexicon';
import { normalizeText, tokenize } from './normalize';

/** A contact as the plan gives it: who, and when or for what to call them. */
export interface ContactLike {
  name: string;
  phone?: string;
  when?: string;
}

const ENGLISH_WORDS = new Map(ENGLISH_GLOSSARY.filter(([en]) => !en.includes(' ')));

/** The terms of a text, Nynorsk and English words read as Bokmål, with their general word. */
function termsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const { word } of tokenize(normalizeText(text))) {
    for (const w of (ENGLISH_WORDS.get(word) ?? NYNORSK_GLOSSARY[word] ?? word).split(' ')) {
      if (STOPWORDS.has(w) || w.length < 2) continue;
      out.add(termOf(w));
      const broader = BROADER[w];
      if (broader) out.add(termOf(broader));
    }
  }
  return out;
}

/** Share of the best score a contact must reach to be shown with it. */
const NEAR_BEST = 0.6;
const MAX_SHOWN = 3;

/**
 * The contacts that fit a question: those whose name and "when" share the most telling words
 * with it ("om kvelden" → the one for evenings, "et barn" → those for children). A word every
 * contact has tells nothing. When none fits, all are shown.
 */
export function contactsFor<C extends ContactLike>(question: string, contacts: C[]): C[] {
  if (contacts.length <= 1) return contacts;
  const asked = termsOf(question);
  const own = contacts.map((c) => termsOf(`${c.name} ${c.when ?? ''}`));
  const df = new Map<string, number>();
  for (const terms of own) for (const t of terms) df.set(t, (df.get(t) ?? 0) + 1);
  const scores = own.map((terms) => [...terms].filter((t) => asked.has(t)).reduce((s, t) => s + Math.log(contacts.length / df.get(t)!), 0));
  const best = Math.max(...scores);
  if (best <= 0) return contacts;
  return contacts
    .map((c, k) => ({ c, s: scores[k]! }))
    .filter((x) => x.s >= best * NEAR_BEST)
    .sort((a, b) => b.s - a.s)
    .slice(0, MAX_SHOWN)
    .map((x) => x.c);
}
