import { phrase } from '../../engine/catalog/catalogue';
import type { ReportFile, Totals } from '../report';

/** `file:line:col severity message rule-id`, 1-based, one line per diagnostic, then a summary line. */
export function formatStylish(files: readonly ReportFile[], sums: Totals, locale: string): string {
  const lines: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      const where = `${file.path}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      lines.push(`${where} ${d.severity} ${oneLine(d.message)} ${d.rule}`);
    }
  }
  const problems = sums.errors + sums.warnings + sums.infos + sums.hints;
  if (problems === 0) lines.push(phrase('cli.noProblems', { files: sums.files }, locale));
  else {
    lines.push('', phrase('cli.summary', { problems, errors: sums.errors, warnings: sums.warnings, infos: sums.infos + sums.hints, files: sums.files }, locale));
  }
  return lines.join('\n') + '\n';
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
