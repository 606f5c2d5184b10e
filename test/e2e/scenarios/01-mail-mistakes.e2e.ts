import { problemsOf, waitForProblems } from '../workbench/problems';
import { assertExactly, lineOf, type ExpectedProblem } from './expect';
import { workbench } from './session';

const FILE = 'zones/mail-mistakes.zone';

describe('1. a zone with the classic mail mistakes', () => {
  it('lists exactly the expected problems, with their rule ids, in the Problems panel', async () => {
    const wb = workbench();
    const text = wb.read(FILE);
    const expected: ExpectedProblem[] = [
      { code: 'mx/cname-at-mail-name', line: lineOf(text, 'IN CNAME mx1.qiye.aliyun.com.'), severity: 'error' },
      { code: 'spf/no-all', line: lineOf(text, '"v=spf1 include:'), severity: 'warning' },
      { code: 'dmarc/report-uri', line: lineOf(text, 'rua=dmarc-reports@'), severity: 'error' },
      { code: 'zone/txt-string-too-long', line: lineOf(text, '"v=DKIM1;'), severity: 'error' },
    ];
    await wb.open(FILE);
    await waitForProblems(wb.page, 'mail-mistakes.zone', (shown) => shown.length >= expected.length);
    // Give a late second publication the chance to add (or drop) a problem before asserting "exactly".
    await wb.page.waitForTimeout(1000);
    assertExactly(await problemsOf(wb.page, 'mail-mistakes.zone'), expected);
  });
});
