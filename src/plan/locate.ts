/**
 * Maps a field path in a parsed plan to its line in the source text, using the `yaml` package's
 * node ranges. JSON is parsed by the same package (YAML is a superset), so both get lines.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

export type PathSegments = ReadonlyArray<string | number>;

/** Turns ajv's instancePath ("/measures/3/status") into segments with numeric indices. */
export function pointerToSegments(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * The 1-based line of the node at `path`, or of its nearest existing ancestor. When `key` is
 * given, the line of that key inside the map at `path` (used for unknown fields).
 */
export function lineOf(doc: Document, counter: LineCounter, path: PathSegments, key?: string): number {
  for (let n = path.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | null | undefined;
    if (!node || !('range' in node) || !node.range) continue;
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
      const keyNode = pair && isScalar(pair.key) ? pair.key : undefined;
      if (keyNode?.range) return counter.linePos(keyNode.range[0]).line;
    }
    return counter.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * The field path of the deepest node around a source offset, so a syntax error can name the
 * field it broke, not only the line. Empty when the offset lies outside every field.
 */
export function pathAt(doc: Document, offset: number): Array<string | number> {
  const path: Array<string | number> = [];
  let node: unknown = doc.contents;
  const contains = (n: unknown): boolean => {
    const r = (n as Node | null)?.range;
    return !!r && r[0] <= offset && offset < r[2];
  };
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => contains(p.value) || contains(p.key));
      if (!pair || !isScalar(pair.key)) return path;
      path.push(String(pair.key.value));
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((item) => contains(item));
      if (i < 0) return path;
      path.push(i);
      node = node.items[i];
    } else {
      return path;
    }
  }
}
