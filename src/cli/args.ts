/** A wrong command line; the CLI prints the message and its usage, and exits 2. */
export class UsageError extends Error {}

/** Removes `name VALUE` from args and returns VALUE. */
export function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} mangler verdi`);
  args.splice(i, 2);
  return value;
}

/** Removes `name` from args and says whether it was there. */
export function takeFlag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}
