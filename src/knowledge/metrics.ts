/** One evaluation question: a hit is any `expect` string inside a citation's text. */
export interface EvalQuestion {
  id: string;
  q: string;
  expect: string[];
}

/** Retrieval quality over a question set, from the top 10 citations of each question. */
export interface EvalReport {
  count: number;
  hit1: number;
  hit3: number;
  mrr10: number;
  /** Ids of questions without a hit in the top 10. */
  misses: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** 1-based rank of the first passage containing an expected string, or null. */
export function firstHitRank(texts: string[], expect: string[]): number | null {
  const wanted = expect.map(norm);
  for (let k = 0; k < Math.min(texts.length, 10); k++) {
    const t = norm(texts[k]!);
    if (wanted.some((e) => t.includes(e))) return k + 1;
  }
  return null;
}

/** Computes hit@1, hit@3 and MRR@10 with `search` returning passage texts, best first. */
export function evaluate(questions: EvalQuestion[], search: (q: string) => string[]): EvalReport {
  let h1 = 0;
  let h3 = 0;
  let rr = 0;
  const misses: string[] = [];
  for (const item of questions) {
    const r = firstHitRank(search(item.q), item.expect);
    if (r === null) {
      misses.push(item.id);
      continue;
    }
    if (r === 1) h1++;
    if (r <= 3) h3++;
    rr += 1 / r;
  }
  const n = questions.length || 1;
  return { count: questions.length, hit1: h1 / n, hit3: h3 / n, mrr10: rr / n, misses };
}

/** Parses a questions file (JSON lines); throws with the line number on a malformed line. */
export function parseQuestions(text: string): EvalQuestion[] {
  const out: EvalQuestion[] = [];
  text.split('\n').forEach((line, k) => {
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new Error(`line ${k + 1}: not valid JSON`);
    }
    const o = v as Partial<EvalQuestion>;
    if (typeof o.q !== 'string' || !Array.isArray(o.expect)) throw new Error(`line ${k + 1}: needs "q" and "expect"`);
    out.push({ id: String(o.id ?? k + 1), q: o.q, expect: o.expect.map(String) });
  });
  return out;
}
