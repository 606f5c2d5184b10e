import { phrase } from '../catalog/catalogue';
import type { Fix, TextEdit } from '../diagnostics';
import type { Zone, ZoneRecord } from '../zone/model';
import { documentPath, documentPosition, sameDocument } from '../zone/neighbors';
import { isFullyVerified, providerById, providerValues, type MailProvider } from './catalogue';
import { displayName } from './describe';
import { hasPlaceholder, SnippetText } from './snippet-text';

interface NewRecord {
  /** Name relative to the mail domain ('' = the mail domain itself), may hold `${label}` placeholders. */
  name: string;
  /** Relative to the zone's apex instead of the mail domain (DMARC belongs to the From domain). */
  atApex?: boolean;
  type: 'MX' | 'TXT' | 'CNAME';
  data: string;
}

const SPF_START = /^v=spf1(\s|$)/i;
const DMARC_START = /^v=DMARC1(\s*;|\s*$)/;

/**
 * "Set up mail for <provider>" on a zone: the provider's documented MX records, its include merged into
 * the apex SPF record (or a new SPF record when there is none, never a second one), its client CNAMEs, and
 * a DMARC starter when the domain has no DMARC record. Records already present are not added again, and no
 * CNAME is added where the name already holds data. Values only the user knows are snippet placeholders
 * (`Fix.snippet`); clients without snippets strip them to their labels. Undefined when the provider is
 * unknown or everything is already in place.
 */
export function providerSetupEdits(zone: Zone, providerId: string, locale = 'en'): Fix | undefined {
  const provider = providerById(providerId);
  if (!provider) return undefined;
  const domain = (name: string, atApex = false) => absoluteName(name, atApex ? '' : provider.mailDomain, zone.origin);
  const present = (name: string, atApex = false) =>
    hasPlaceholder(domain(name, atApex)) ? [] : (zone.byOwner.get(domain(name, atApex).toLowerCase()) ?? []);
  const edits: TextEdit[] = [];
  const records: NewRecord[] = [];

  for (const mx of provider.mx) {
    const exchange = mx.exchange.toLowerCase();
    if (!present('').some((r) => r.type === 'MX' && r.typed?.type === 'MX' && r.typed.exchange.fqdn === exchange)) {
      records.push({ name: '', type: 'MX', data: `${mx.preference} ${mx.exchange}` });
    }
  }
  const spf = present('').find((r) => r.type === 'TXT' && r.txt && SPF_START.test(r.txt.value.value));
  if (!spf) records.push({ name: '', type: 'TXT', data: `"v=spf1 include:${provider.spf.include} ${provider.spf.all}"` });
  else {
    const merge = spfMergeEdit(spf, provider.spf.include);
    if (merge) edits.push(merge);
  }
  for (const cname of provider.cnames) {
    if (present(cname.name).length > 0) continue;
    records.push({ name: cname.name, type: 'CNAME', data: cname.target.replace('{domain}', trimDot(domain(''))) });
  }
  if (!present('_dmarc', true).some((r) => r.type === 'TXT' && r.txt && DMARC_START.test(r.txt.value.value))) {
    const reportAddress = `\${dmarc-reports@${trimDot(zone.origin)}}`;
    records.push({ name: '_dmarc', type: 'TXT', data: `"v=DMARC1; p=none; rua=mailto:${reportAddress}"`, atApex: true });
  }
  if (records.length === 0 && edits.length === 0) return undefined;
  const snippet = new SnippetText(records.some((r) => hasPlaceholder(domain(r.name, r.atApex) + r.data)));
  if (records.length > 0) edits.push(blockEdit(zone, provider, records, snippet, locale));
  const name = displayName(provider, locale);
  const title = phrase(isFullyVerified(provider) ? 'provider.setupTitle' : 'provider.setupTitleUnverified', { provider: name }, locale);
  const fix: Fix = { title, edits };
  if (snippet.hasPlaceholders) fix.snippet = true;
  return fix;
}

/** Puts `include:X` before the record's `all` or `redirect=` term, or at its end; nothing if already there. */
function spfMergeEdit(record: ZoneRecord, include: string): TextEdit | undefined {
  const value = record.txt!.value;
  const text = value.value;
  if (new RegExp(`(^|\\s)[+]?include:${include.replace(/[.]/g, '\\.')}(\\s|$)`, 'i').test(text)) return undefined;
  const terms = [...text.matchAll(/\S+/g)];
  const closing = terms.find((t) => /^[-+~?]?all$/i.test(t[0]) || /^redirect=/i.test(t[0]));
  const file = record.file;
  const at = closing ? value.sourceOffset(closing.index!) : value.sourceOffset(text.length);
  const newText = closing ? `include:${include} ` : `${/\s$/.test(text) ? '' : ' '}include:${include}`;
  // In the document's coordinates: in the editor the record may sit in a chunk of it.
  const position = documentPosition(file, at);
  return { path: documentPath(file), range: { start: position, end: position }, newText };
}

/** The new records as one block at the end of the zone's own file, under a comment naming the source. */
function blockEdit(zone: Zone, provider: MailProvider, records: NewRecord[], snippet: SnippetText, locale: string): TextEdit {
  const file = zone.file;
  const eol = lineBreakOf(file.text);
  const relative = originAtEndIsApex(zone);
  const ttl = zone.directives.some((d) => sameDocument(d.file, file) && d.kind.toUpperCase() === '$TTL') ? '' : ' 3600';
  const owners = records.map((r) => snippet.render(ownerText(r.name, r.atApex ? '' : provider.mailDomain, zone.origin, relative)));
  const width = Math.max(...owners.map((o) => o.length)) + 1;
  const lines = [`; ${phrase('provider.blockHeader', { provider: provider.name, checked: provider.spf.checked, source: provider.mx[0]?.source ?? provider.spf.source }, locale)}`];
  const unverified = providerValues(provider).filter((v) => !v.verified);
  if (unverified.length > 0) {
    const values = [...provider.mx.filter((v) => !v.verified).map((v) => v.exchange), ...(provider.spf.verified ? [] : [`include:${provider.spf.include}`]), ...provider.cnames.filter((v) => !v.verified).map((v) => v.name)];
    lines.push(`; ${phrase('provider.unverifiedLine', { values: values.join(', ') }, locale)}`);
  }
  if (provider.dkimHint) lines.push(`; ${provider.dkimHint}`);
  records.forEach((record, i) => {
    lines.push(`${owners[i]!.padEnd(width)}${ttl} IN ${record.type.padEnd(5)} ${snippet.render(record.data)}`);
  });
  const text = file.text;
  const lead = text.length === 0 ? '' : /(\r?\n)\s*$/.test(text) ? (/(\r?\n)[ \t]*(\r?\n)[ \t]*$/.test(text) ? '' : eol) : eol + eol;
  const end = file.positionAt(text.length);
  const comments = lines.length - records.length;
  const rendered = lines.map((line, i) => (i < comments ? snippet.render(line.replace(/\$\{/g, '$ {')) : line));
  return { path: file.path, range: { start: end, end }, newText: lead + rendered.join(eol) + eol };
}

function ownerText(name: string, mailDomain: string, origin: string, relative: boolean): string {
  const labels = [name, mailDomain].filter((part) => part !== '').join('.');
  if (relative) return labels === '' ? '@' : labels;
  return labels === '' ? origin : `${labels}.${origin}`;
}

function absoluteName(name: string, mailDomain: string, origin: string): string {
  const labels = [name, mailDomain].filter((part) => part !== '').join('.');
  return labels === '' ? origin : `${labels}.${origin}`;
}

/** Whether relative names at the end of the file still mean names under the zone's apex. */
function originAtEndIsApex(zone: Zone): boolean {
  const origins = zone.directives.filter((d) => sameDocument(d.file, zone.file) && d.kind.toUpperCase() === '$ORIGIN');
  const last = origins[origins.length - 1];
  // Without $ORIGIN, relative names mean whatever origin the server loads the zone with: the apex.
  if (!last) return true;
  const written = last.args[0]?.text.toLowerCase() ?? '';
  return written === zone.origin.toLowerCase();
}

function trimDot(name: string): string {
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function lineBreakOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

