/**
 * Structural checks of Bicep files without a Bicep compiler: no npm package parses Bicep offline
 * (bicep-node downloads the CLI, tree-sitter-bicep needs a native build). These catch the
 * mistakes that would otherwise only show at deployment time.
 */

/** Drops // and /* *\/ comments, and the contents of '…' strings (keeping the quotes and ${…}). */
export function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'])\/\/.*$/gm, '$1');
}

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
  secure: boolean;
}

export function params(src: string): BicepParam[] {
  const code = stripComments(src);
  const out: BicepParam[] = [];
  const re = /^param\s+(\w+)\s+(\w+)(\s*=)?/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    // Decorators sit on the lines right above the param.
    const before = code.slice(0, m.index).split('\n').reverse();
    const decorators: string[] = [];
    for (const line of before.slice(1)) {
      if (!line.trim().startsWith('@')) break;
      decorators.push(line.trim());
    }
    out.push({ name: m[1]!, type: m[2]!, hasDefault: Boolean(m[3]), secure: decorators.some((d) => d.startsWith('@secure()')) });
  }
  return out;
}

/** `resource sym 'Type@version'` declarations. */
export function resources(src: string): Array<{ symbol: string; type: string; apiVersion: string | undefined }> {
  const code = stripComments(src);
  const re = /^resource\s+(\w+)\s+'([^'@]+)(?:@([^']+))?'/gm;
  const out = [];
  for (let m = re.exec(code); m; m = re.exec(code)) out.push({ symbol: m[1]!, type: m[2]!, apiVersion: m[3] });
  return out;
}

/** How often an identifier is referenced outside its own declaration. */
export function uses(src: string, name: string): number {
  const code = stripComments(src);
  const all = code.match(new RegExp(`\\b${name}\\b`, 'g'))?.length ?? 0;
  return all - 1;
}

/** Brackets, braces and parentheses balance, ignoring those inside strings. */
export function balanced(src: string): boolean {
  const code = stripComments(src).replace(/'(?:[^'\\]|\\.)*'/g, "''");
  const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  const stack: string[] = [];
  for (const ch of code) {
    if ('([{'.includes(ch)) stack.push(ch);
    else if (ch in pairs && stack.pop() !== pairs[ch]) return false;
  }
  return stack.length === 0;
}

/** `module sym 'path' = { … params: { a: …, b: … } }` → the path and the param names passed. */
export function modules(src: string): Array<{ path: string; passed: string[] }> {
  const code = stripComments(src);
  const out = [];
  const re = /^module\s+\w+\s+'([^']+)'\s*=\s*\{([\s\S]*?)^\}/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const block = /params:\s*\{([\s\S]*?)\n\s*\}/.exec(m[2]!)?.[1] ?? '';
    out.push({ path: m[1]!, passed: [...block.matchAll(/^\s*(\w+)\s*:/gm)].map((x) => x[1]!) });
  }
  return out;
}

/** `outputs` by name. */
export function outputs(src: string): string[] {
  return [...stripComments(src).matchAll(/^output\s+(\w+)\s+\w+/gm)].map((m) => m[1]!);
}
