/**
 * Adaptive Card TextBlocks and FactSet values, and Teams message text, render markdown. Text a
 * user wrote (a comment, a display name) is shown as written: every character markdown could
 * read as formatting or a link is backslash-escaped, and a line may not start a list or heading.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]()<>#~|!{}]/g, '\\$&')
    .replace(/^(\s*)([-+]|\d+\.)(?=\s)/gm, (_m, space: string, marker: string) => `${space}${marker.replace(/([-+.])$/, '\\$1')}`);
}
