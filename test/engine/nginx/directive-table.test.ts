import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { directiveInfoIn, directiveInfos } from '../../../server/src/engine/nginx/directives';
import { DIRECTIVE_TABLE_PATH, directiveTableSource } from './generate-directives';

describe('nginx directive table', () => {
  it('matches the installed @nginx/reference-lib (regenerate: npx tsx test/engine/nginx/generate-directives.ts)', () => {
    assert.equal(fs.readFileSync(DIRECTIVE_TABLE_PATH, 'utf8'), directiveTableSource());
  });

  it('joins the documentation text to the table entry of the same module', () => {
    const http = directiveInfoIn('listen', 'http/server')!;
    assert.equal(http.module, 'ngx_http_core_module');
    assert.match(http.description, /\S/);
    assert.ok(http.syntax.length > 0);
    const mail = directiveInfoIn('listen', 'mail/server')!;
    assert.equal(mail.module, 'ngx_mail_core_module');
    assert.notEqual(mail.description, http.description);
    assert.ok(directiveInfos('ssl_ciphers').every((info) => info.description.length > 0 && info.contexts.length > 0));
  });
});
