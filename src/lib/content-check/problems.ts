/** A problem found in a content file: where it is, what is wrong and what to do. */
export interface Problem {
  /** Path relative to the project root. */
  file: string;
  line: number;
  column: number;
  /** The field, as a dotted path ("period.from", "provisions.2.articles.0"), when the problem is in front matter or data. */
  field?: string | undefined;
  message: string;
  /** What the editor should do. */
  fix: string;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** One problem per block: `file:line:column  field: message` then the fix, indented. */
export function formatProblems(problems: Problem[]): string {
  const lines = sortProblems(problems).map(
    (p) => `${p.file}:${p.line}:${p.column}  ${p.field ? `${p.field}: ` : ''}${p.message}\n    fix: ${p.fix}`,
  );
  const n = problems.length;
  return `${lines.join('\n')}\n\n${n} content problem${n === 1 ? '' : 's'} found. Nothing was built; fix ${n === 1 ? 'it' : 'them'} and run \`npm run lint:content\` again.`;
}

/** Closest candidate by edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.floor(word.length / 3) + 2;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** Escapes text for a GitHub workflow command (https://docs.github.com/actions: workflow commands). */
function escapeCommand(text: string, property = false): string {
  const escaped = text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  return property ? escaped.replace(/:/g, '%3A').replace(/,/g, '%2C') : escaped;
}

/** Each problem as an `::error` workflow command: GitHub shows it as an annotation on the file and line of the pull request. */
export function githubAnnotations(problems: Problem[]): string {
  return sortProblems(problems)
    .map(
      (p) =>
        `::error file=${escapeCommand(`content/${p.file.replace(/^content\//, '')}`, true)},line=${p.line},col=${p.column},title=${escapeCommand(p.field ?? 'content', true)}::${escapeCommand(`${p.message}\nfix: ${p.fix}`)}`,
    )
    .join('\n');
}
