import type { CatalogueSection } from '../types';

/** Words of the zone-file rules: the parser's syntax findings first, then the checks over the parsed zone. */
export const zoneRules: CatalogueSection = {
  'zone/syntax': {
    title: 'Zone file syntax error',
    doc:
      'The line does not follow the master-file format of RFC 1035 §5.1: `[owner] [TTL] [class] type rdata`, with ' +
      '`$`-directives, `( … )` continuation and `;` comments. Name servers refuse to load a zone with a syntax ' +
      'error, so the whole zone (not just this record) stops being served.',
    messages: {
      default: 'Syntax error in this record.',
      'no-owner': 'This line is indented, so it reuses the previous owner name, but there is no previous record.',
      'missing-type': 'The record type is missing.',
      'unexpected-token': 'Unexpected `{token}` here.',
      'missing-rdata': 'The {type} record is missing its data.',
      'bad-number': '`{text}` is not a valid number.',
      'bad-ttl': '`{text}` is not a valid TTL (seconds, or units such as 1h30m).',
      'ttl-too-large': 'TTL `{text}` is larger than 2147483647 seconds, the maximum RFC 2181 §8 allows.',
      'bad-class': '`{text}` is not a DNS class (IN, CH, HS).',
      'unknown-type': '`{text}` is not a record type MailZone knows; write unknown types as TYPEnnn with `\\# length hex` data (RFC 3597 §5).',
      'bad-escape': '`{text}` is not a valid escape: use `\\DDD` with a decimal value up to 255, or `\\` before one character.',
      'unterminated-string': 'This quoted string is never closed.',
      'unexpected-close-paren': 'This `)` closes nothing.',
      'extra-rdata': 'Unexpected extra data `{text}` after the end of the record.',
      'bad-generic': 'Bad RFC 3597 generic data `{text}`: expected `\\# length hex` with exactly `length` octets of hex.',
    },
  },
  'zone/unclosed-paren': {
    title: 'Unclosed parenthesis',
    doc:
      'A `(` lets a record continue over several lines until the matching `)` (RFC 1035 §5.1). Without the `)` a ' +
      'server reads every following line as more data of this record, or rejects the file. MailZone reports the `(` ' +
      'and checks the following records on their own.',
    messages: { default: 'This `(` is never closed: add `)` at the end of the record.' },
  },
  'zone/nested-paren': {
    title: 'Nested parenthesis',
    doc: 'Parentheses in a zone file group lines of one record and cannot be nested (RFC 1035 §5.1).',
    messages: { default: 'Parentheses cannot be nested: a `(` is already open.' },
  },
  'zone/bad-rdata': {
    title: 'Invalid record data',
    doc:
      'A field of the record data does not have the form its type requires (RFC 1035 §3.3, and the RFC of each ' +
      'type: RFC 3596 for AAAA, RFC 2782 for SRV, RFC 8659 for CAA, …). The server rejects the zone.',
    messages: {
      default: 'Invalid {field} `{text}` in this {type} record.',
      'address-v4': '`{text}` is not an IPv4 address (four decimal numbers 0–255, e.g. 192.0.2.1).',
      'address-v6': '`{text}` is not an IPv6 address (e.g. 2001:db8::1).',
      name: '`{text}` is not a valid domain name.',
      'number-range': '{field} `{text}` is out of range: it must be between 0 and {max}.',
      base64: '`{text}` is not valid base64.',
      hex: '`{text}` is not valid hexadecimal.',
      'digest-length': 'The digest is {text} octets, but digest type {digestType} is {expected} octets long (RFC 4509, RFC 6605).',
      'caa-tag': '`{text}` is not a valid CAA tag: letters and digits only (RFC 8659 §4.1), e.g. issue, issuewild, iodef.',
    },
  },
  'zone/label-too-long': {
    title: 'Label longer than 63 octets',
    doc: 'Each dot-separated label of a domain name holds at most 63 octets (RFC 1035 §2.3.4). Servers reject longer labels.',
    messages: { default: 'The label `{label}` is {length} octets long; a label can hold at most 63.' },
  },
  'zone/name-too-long': {
    title: 'Domain name longer than 255 octets',
    doc: 'A domain name, in wire format, is at most 255 octets (RFC 1035 §2.3.4), origin included. Servers reject longer names.',
    messages: { default: '`{name}` is {length} octets long in wire format; a name can hold at most 255.' },
  },
  'zone/empty-label': {
    title: 'Empty label in a domain name',
    doc: 'Two dots in a row (or a leading dot) make an empty label, which only the root may have (RFC 1035 §3.1).',
    messages: { default: '`{name}` has an empty label (two dots in a row, or a leading dot).' },
  },
  'zone/txt-string-too-long': {
    title: 'TXT string longer than 255 octets',
    doc:
      'Each quoted character-string of a TXT record holds at most 255 octets (RFC 1035 §3.3). BIND and NSD reject a ' +
      'longer one; Knot splits it silently. Split long values, such as DKIM keys, into several quoted strings: ' +
      'they are joined with nothing in between (RFC 7208 §3.3, RFC 6376 §3.6.2.2).',
    messages: {
      default: 'This string is {octets} octets long; a TXT string holds at most 255. Split it into several quoted strings.',
      'fix-split': 'Split into strings of at most 255 octets',
    },
  },
  'zone/txt-unquoted-semicolon': {
    title: 'Unquoted TXT value cut by a semicolon',
    doc:
      'In a zone file `;` starts a comment, except inside double quotes (RFC 1035 §5.1). A TXT value written without ' +
      'quotes, such as `v=DKIM1; k=rsa; p=…`, loses everything from the first `;` on: the published record is only ' +
      '`v=DKIM1`. Quote the value.',
    messages: {
      default: 'This TXT value has no quotes, so its `;` starts a comment and everything after it is dropped: put the value in double quotes.',
      'fix-quote': 'Put the TXT value in double quotes',
    },
  },
  'zone/origin-not-absolute': {
    title: '$ORIGIN is not absolute',
    doc: 'The name given to `$ORIGIN` must end with a dot (RFC 1035 §5.1); a relative origin is ambiguous and servers reject it.',
    messages: { default: '`{text}` must be an absolute name ending with a dot.' },
  },
  'zone/include-missing': {
    title: '$INCLUDE file not found',
    doc:
      '`$INCLUDE` reads another file into the zone (RFC 1035 §5.1). The path is resolved relative to the including ' +
      'file. A missing file makes the server refuse the zone.',
    messages: { default: 'Cannot read the included file `{path}`.' },
  },
  'zone/include-depth': {
    title: '$INCLUDE nested too deeply',
    doc: 'Included files may include others, but MailZone stops after a fixed depth so a runaway chain cannot hang the check.',
    messages: {
      default: 'Includes are nested {depth} levels deep; MailZone stops here.',
      tooMany: 'This zone already includes {count} files (or 64 MB of text) in all; MailZone includes no more.',
    },
  },
  'zone/include-cycle': {
    title: '$INCLUDE cycle',
    doc: 'A file that includes itself, directly or through other files, would never finish loading.',
    messages: { default: '`{path}` is already being included: this would include it again forever.' },
  },
  'zone/bad-directive': {
    title: 'Unknown or malformed directive',
    doc: 'The known directives are `$ORIGIN`, `$TTL`, `$INCLUDE` (RFC 1035 §5.1, RFC 2308 §4) and BIND\'s `$GENERATE`.',
    messages: { default: '`{text}` is not a valid directive here.' },
  },
  'zone/generate-range': {
    title: 'Bad $GENERATE range',
    doc: '`$GENERATE start-stop[/step] lhs type rhs` (BIND) needs start ≤ stop and a positive step.',
    messages: { default: '`{text}` is not a valid $GENERATE range: write start-stop or start-stop/step with start ≤ stop.' },
  },
  'zone/no-ttl': {
    title: 'Record has no TTL',
    doc:
      'The record has no TTL of its own, no `$TTL` is in force (RFC 2308 §4) and no earlier record gave one. BIND ' +
      'rejects the zone (for the SOA itself it falls back to the SOA minimum). Add `$TTL` at the top of the file.',
    messages: {
      default: 'This record has no TTL and no $TTL is set: add `$TTL` at the top of the file.',
      'fix-ttl': 'Add `$TTL {ttl}` (the SOA minimum) at the top of the file',
    },
  },
  'zone/no-final-newline': {
    title: 'File does not end with a newline',
    doc: 'Some tools drop or mangle a last line that has no line break; BIND warns about it.',
    messages: { default: 'The file does not end with a newline.', 'fix-newline': 'Add a newline at the end of the file' },
  },

  'zone/cname-and-other-data': {
    title: 'CNAME alongside other records',
    doc:
      'A name that is an alias (CNAME) can have no other data (RFC 1034 §3.6.2, RFC 2181 §10.1): resolvers follow the ' +
      'alias and never see the other records, and servers refuse the zone. DNSSEC records (RRSIG, NSEC) are the only ' +
      'exception. The zone apex can therefore never be a CNAME: it holds the SOA and NS records.',
    messages: {
      default: '{name} is an alias (CNAME) and also has {types} records; an alias can have no other data.',
      apex: 'The zone apex {name} cannot be an alias (CNAME): it must hold the SOA and NS records.',
    },
  },
  'zone/multiple-cname': {
    title: 'More than one CNAME at a name',
    doc: 'A name is an alias of exactly one other name (RFC 2181 §10.1): servers refuse a zone with two different CNAME records at one name.',
    messages: { default: '{name} already has a CNAME record; a name can be an alias of only one target.' },
  },
  'zone/target-is-cname': {
    title: 'NS, MX or SRV target is an alias',
    doc:
      'The host named by an NS or MX record must not be an alias (RFC 2181 §10.3), nor the target of an SRV record ' +
      '(RFC 2782). BIND refuses a zone whose NS points at a CNAME; mail servers and clients may fail on the others. ' +
      'Point the record at the canonical host name instead.',
    messages: {
      default: 'The {type} target {target} is an alias (CNAME); point the record at the host itself ({canonical}).',
      loop: 'The {type} target {target} is an alias (CNAME) whose chain of aliases loops; point the record at a host.',
      'fix-canonical': 'Point at {canonical}',
    },
  },
  'zone/target-no-address': {
    title: 'In-zone NS, MX or SRV target has no address',
    doc:
      'The host named by an NS, MX or SRV record lies inside this zone but has no A or AAAA record, so nobody can ' +
      'reach it. For NS records BIND refuses the zone; for MX and SRV it warns (RFC 1035 §3.3.9, RFC 2782).',
    messages: {
      default: 'The {type} target {target} is in this zone but has no A or AAAA record.',
      missing: 'The {type} target {target} is in this zone but does not exist.',
    },
  },
  'zone/out-of-zone': {
    title: 'Record outside the zone',
    doc:
      'Every owner name in a zone file must be the origin or a name below it. Servers ignore (BIND) or reject (NSD) ' +
      'data for other names. Usually a missing or extra trailing dot is the cause.',
    messages: { default: '{name} is outside the zone {origin}; servers ignore this record.' },
  },
  'zone/missing-soa': {
    title: 'Zone has no SOA record',
    doc:
      'Every zone starts with exactly one SOA record at its apex (RFC 1035 §5.2). Files read only through `$INCLUDE` ' +
      '(named `*.inc*` or kept in an `included/` folder) are not checked for it.',
    messages: { default: 'This zone has no SOA record; a zone must start with one.' },
  },
  'zone/multiple-soa': {
    title: 'More than one SOA record',
    doc: 'A zone has one SOA record, at its apex (RFC 1035 §5.2, RFC 2181 §6.1). Servers refuse a second one.',
    messages: {
      default: 'This zone already has an SOA record; a zone has exactly one.',
      'below-apex': 'An SOA record at {name} is below the apex {origin}; a zone has its SOA only at its top.',
    },
  },
  'zone/soa-not-first': {
    title: 'SOA record is not the first record',
    doc: 'RFC 1035 §5.2 asks for the SOA record first; Knot and NSD insist on it, and readers expect it there.',
    messages: { default: 'The SOA record should be the first record of the zone.' },
  },
  'zone/no-apex-ns': {
    title: 'Zone apex has no NS record',
    doc: 'The apex of a zone lists its name servers (RFC 1035 §5.2, RFC 1034 §4.2.1). BIND refuses a zone without them.',
    messages: { default: 'The zone apex {origin} has no NS record.' },
  },
  'zone/single-ns': {
    title: 'Only one name server',
    doc:
      'A zone should be served by at least two name servers, ideally on different networks, so one failure does not ' +
      'take the domain (and its mail) offline (RFC 1034 §4.1, RFC 2182 §5).',
    messages: { default: 'The zone has a single name server ({target}); list at least two.' },
  },
  'zone/rrset-ttl-mismatch': {
    title: 'Different TTLs in one record set',
    doc:
      'All records of one name and type form a set with a single TTL (RFC 2181 §5.2). Servers force one value on the ' +
      'whole set (BIND keeps the first), so a different TTL on a later record is silently lost.',
    messages: {
      default: 'TTL {ttl} differs from the TTL {first} of the other {type} records at {name}; a record set has one TTL.',
      'fix-ttl': 'Use TTL {ttl}, the one servers keep for the set',
    },
  },
  'zone/duplicate-record': {
    title: 'Duplicate record',
    doc: 'The same owner, type and data appear twice. DNS keeps one copy of a record (RFC 2181 §5), so the repeat does nothing and usually hides an editing mistake.',
    messages: {
      default: 'This {type} record repeats the one on line {line}; the copy is ignored.',
      'fix-delete': 'Delete the duplicate record',
    },
  },
  'zone/relative-name-mistake': {
    title: 'Full name written without its trailing dot',
    doc:
      'A name without a trailing dot is relative: the origin is appended (RFC 1035 §5.1). Under origin `example.com.`, ' +
      '`mx.example.com` becomes `mx.example.com.example.com.`, which is almost never meant. End full names with a dot.',
    messages: {
      default: '`{text}` has no trailing dot, so it stands for `{fqdn}`; write `{intended}` instead.',
      tld: '`{text}` has no trailing dot, so it stands for `{fqdn}`; did you mean `{intended}`?',
      'fix-dot': 'Add the trailing dot: {intended}',
    },
  },
  'zone/soa-timers': {
    title: 'Unusual SOA timers',
    doc:
      'RFC 1912 §2.2 and RIPE-203 give working ranges for the SOA timers: refresh from 20 minutes to a day ' +
      '(1200–86400 s), retry shorter than refresh, expire of weeks (RFC 1912 suggests 2–4, RIPE-203 about 41 days) and longer than ' +
      'refresh + retry. The minimum field is the negative-caching TTL (RFC 2308 §4-5): more than a day keeps a ' +
      'newly added name unreachable for that long.',
    messages: {
      default: 'These SOA timers do not fit together.',
      'refresh-range': 'Refresh {value} s is outside the usual {min}–{max} s (RFC 1912 §2.2, RIPE-203).',
      'retry-not-less': 'Retry {retry} s should be shorter than refresh {refresh} s.',
      'expire-too-short': 'Expire {expire} s is shorter than {min} s (one week): secondaries would drop the zone after a short outage of the primary.',
      'expire-not-greater': 'Expire {expire} s should be longer than refresh + retry ({sum} s).',
      'minimum-too-long': 'Negative-caching TTL {value} s is longer than {max} s: a missing name stays cached as missing that long (RFC 2308 §5).',
    },
  },
  'zone/soa-serial': {
    title: 'SOA serial is not a sensible date',
    doc:
      'The common serial format is the date and a counter, YYYYMMDDnn (RFC 1912 §2.2). A serial whose date cannot ' +
      'exist, or lies in the future, is usually a typo; since secondaries only accept larger serials (RFC 1982), a ' +
      'future serial cannot easily be taken back.',
    messages: {
      default: 'Serial {serial} looks unusual.',
      'impossible-date': 'Serial {serial} reads as YYYYMMDDnn but {date} is not a real date.',
      'future-date': 'Serial {serial} reads as the date {date}, which is in the future; serials can only go up, so this is hard to undo.',
    },
  },
  'zone/class-mismatch': {
    title: 'Record of another class',
    doc:
      'All records of a zone share its class, almost always IN (RFC 1035 §5.2). A record written with CH or HS in an ' +
      'IN zone makes BIND refuse the whole zone; usually the class was typed by mistake.',
    messages: {
      default: 'This record is of class {rrclass} but the zone is of class {zoneClass}.',
      'fix-class': 'Change the class to {zoneClass}',
    },
  },
  'zone/below-dname': {
    title: 'Data below a DNAME',
    doc:
      'A DNAME redirects the whole subtree below its owner to another domain (RFC 6672 §2.4), so no records may exist ' +
      'at names under it: resolvers never reach them, and BIND refuses the zone when one of its name servers sits there.',
    messages: { default: '{name} is below the DNAME at {dname}; records under a DNAME are never served.' },
  },
};
