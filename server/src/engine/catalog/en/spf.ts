import type { CatalogueSection, PhraseSection } from '../types';

export const spfRules: CatalogueSection = {
  'spf/syntax': {
    title: 'SPF syntax error',
    doc: 'A term of the SPF record does not follow the RFC 7208 grammar (§4.6.1, §12). Receivers treat any syntax error in the record as a permanent error (permerror), even one after a term that would have matched, so the whole record stops working.',
    messages: {
      default: 'SPF syntax error.',
      badSeparator: 'Terms must be separated by plain spaces; {char} is not one, so receivers read the neighbouring terms as one broken term.',
      qualifiedModifier: 'Modifiers take no qualifier: remove the sign before `{name}=`.',
      loneQualifier: 'A qualifier must be followed by a mechanism.',
      notATerm: '`{term}` is neither a mechanism nor a `name=value` modifier.',
      allArgument: '`all` takes no argument; `{text}` after it makes the record invalid.',
      unexpectedAfterName: 'Unexpected `{text}` after `{name}`: a domain follows `:` and a prefix length follows `/`.',
      noCidr: '`{name}` takes no prefix length.',
      badChar: 'The character {char} is not allowed here: SPF text is visible ASCII.',
    },
  },
  'spf/unknown-mechanism': {
    title: 'Unknown SPF mechanism',
    doc: 'SPF knows eight mechanisms: `all`, `include`, `a`, `mx`, `ptr`, `ip4`, `ip6` and `exists` (RFC 7208 §5). Any other name before `:` or `/` (or alone) is a permerror that breaks the whole record. A common cause is a typo (`inlcude:`, `ip:`) or an address written without `ip4:`.',
    messages: {
      default: '`{name}` is not an SPF mechanism: the whole record fails with a permerror.',
      didYouMean: '`{name}` is not an SPF mechanism; did you mean `{suggestion}`?',
      bareAddress: 'An address needs a mechanism: write `{mechanism}:{address}`.',
    },
  },
  'spf/bad-ip': {
    title: 'Invalid address in ip4/ip6',
    doc: '`ip4:` takes a dotted-quad IPv4 address with no leading zeros and `ip6:` an IPv6 address in RFC 4291 form (RFC 7208 §5.6). Anything else, including an address of the other family, is a permerror.',
    messages: {
      default: '`{address}` is not a valid {name} address.',
      wrongFamily: '`{address}` is not for `{name}:`; use `{mechanism}:`.',
      missing: '`{name}` needs an address after `:`.',
    },
  },
  'spf/bad-cidr': {
    title: 'Invalid prefix length',
    doc: 'A prefix length is `/` and a number without leading zeros: 0–32 for IPv4, 0–128 for IPv6 (RFC 7208 §5.6). `a` and `mx` take both, written `/24//64`; `ip4` and `ip6` take one. A malformed length is a permerror.',
    messages: {
      default: 'Invalid prefix length.',
      empty: '`{text}` has no number after the slash.',
      notNumber: '`{text}` is not a prefix length.',
      leadingZero: '`{text}`: prefix lengths are written without leading zeros.',
      outOfRange: '`{text}` is larger than the maximum of {max}.',
      singleSlashIp6: 'An IPv6 prefix length after an IPv4 one takes two slashes: write `/{text}`, not `{text}`.',
      dualOnNetwork: '`{name}` takes a single prefix length; `{text}` is invalid.',
    },
  },
  'spf/bad-domain-spec': {
    title: 'Invalid domain in SPF term',
    doc: 'A domain-spec (RFC 7208 §7.1) must end in a macro or in a top-level label that is not all digits, after at least one dot: `a:museum` and `a:192.0.2.1` are permerrors. `include:`, `exists:`, `redirect=` and `exp=` need one; names with empty or over-long labels also fail when looked up.',
    messages: {
      default: 'Invalid domain.',
      missing: '`{name}` needs a domain.',
      empty: 'The domain is empty.',
      singleLabel: '`{domain}` is a single label: an SPF domain needs a dot and a top-level label.',
      emptyLabel: '`{domain}` contains an empty label.',
      numericTop: '`{domain}` ends in the all-numeric label `{label}`, which no domain has.',
      ipAddress: '`{domain}` is an address, not a domain: use `ip4:{domain}`.',
      badTop: '`{label}` is not a valid top-level label.',
      tooLong: 'The name is {length} characters long; DNS names have at most 253.',
      longLabel: 'The label `{label}` is {length} characters long; labels have at most 63.',
      badChar: 'The character {char} cannot appear in a domain.',
    },
  },
  'spf/macro': {
    title: 'Invalid SPF macro',
    doc: 'Macros (RFC 7208 §7) are `%{` + one of `s l o d i p h c r t v` + optional digits (not 0) + optional `r` + delimiters from `.-+,/_=` + `}`, or the escapes `%%`, `%_` and `%-`. A `%` followed by anything else is a permerror.',
    messages: {
      default: 'Invalid macro.',
      lonePercent: 'A `%` at the end must be written `%%`.',
      badEscape: '`{text}` is not a macro: write `%%` for a literal percent sign.',
      unclosed: '`{text}`: the macro is not closed with `}`.',
      unknownLetter: '`{text}`: `{letter}` is not a macro letter.',
      zeroDigits: '`{text}`: the number of labels to keep cannot be 0.',
      badTransformer: '`{text}`: `{char}` is not a valid delimiter.',
    },
  },
  'spf/exp-only-macro': {
    title: 'Macro letter allowed only in explanations',
    doc: 'The macro letters `c` (client IP, readable), `r` (receiving host) and `t` (timestamp) may only appear in the explanation text that `exp=` points to (RFC 7208 §7.3), not in the SPF record itself.',
    messages: { default: '`{text}`: the letter `{letter}` is only allowed in explanation text.' },
  },
  'spf/bad-version': {
    title: 'SPF record ignored: malformed version',
    doc: 'Receivers keep only TXT records starting with exactly `v=spf1` followed by a space or the end of the record (RFC 7208 §4.5). A record written ` v=spf1`, `v = spf1` or `v=spf1;` is skipped without any error, so the domain has no SPF policy.',
    messages: { default: '`{text}` is not the SPF version tag `v=spf1`: receivers ignore this record.' },
  },
  'spf/broken-join': {
    title: 'TXT strings joined into a broken term',
    doc: 'The quoted strings of a TXT record are joined with nothing in between (RFC 7208 §3.3): `"v=spf1 a" "-all"` reads `v=spf1 a-all`, a syntax error. End each string with a space (or start the next one with it) when a term boundary falls there.',
    messages: {
      default: '`{left}` and `{right}` come from two strings and join into `{term}`: a space is missing.',
      version: '`{text}`: the strings join without a space after `v=spf1`, so this is not an SPF record.',
    },
  },
  'spf/duplicate-modifier': {
    title: 'Modifier given twice',
    doc: '`redirect=` and `exp=` may each appear at most once in a record (RFC 7208 §6); a second one is a permerror.',
    messages: { default: '`{name}=` appears more than once: `{term}` makes the record fail.' },
  },
  'spf/redirect-with-all': {
    title: '`redirect=` ignored because of `all`',
    doc: 'When a record has an `all` mechanism, its `redirect=` modifier is never used (RFC 7208 §6.1): `all` always matches first. Remove one of the two.',
    messages: { default: '`{term}` is never used: `{all}` always matches before it.' },
  },
  'spf/terms-after-all': {
    title: 'Mechanism after `all` is never evaluated',
    doc: 'Mechanisms are evaluated left to right and `all` always matches (RFC 7208 §5.1), so any mechanism after it is dead. Move it before `all` if it was meant to count.',
    messages: { default: '`{term}` comes after `{all}` and is never evaluated.' },
  },
  'spf/suspicious-modifier': {
    title: 'Unknown modifier that looks like a typo',
    doc: 'Unknown `name=value` modifiers are legal and ignored (RFC 7208 §6), so a mistyped `include=` or `redirct=` silently does nothing. Mechanisms take `:`, modifiers `=`.',
    messages: {
      default: '`{term}` is ignored.',
      mechanism: '`{term}` is an unknown modifier and is ignored; the mechanism is written `{suggestion}`.',
      typo: '`{name}=` is not a modifier SPF knows, so `{term}` is ignored; did you mean `{suggestion}`?',
    },
  },
  'spf/ptr': {
    title: '`ptr` should not be used',
    doc: 'The `ptr` mechanism is slow, puts load on the `.arpa` name servers and is unreliable; RFC 7208 §5.5 says it SHOULD NOT be published, and large receivers skip it. List the sending addresses with `ip4:`/`ip6:` or hosts with `a:` instead.',
    messages: { default: '`ptr` is deprecated (RFC 7208 §5.5): list the senders with ip4/ip6 or a instead.' },
  },
  'spf/permissive-all': {
    title: 'Permissive `all`',
    doc: '`+all` (or a bare `all`) passes mail from every host on the Internet and `?all` gives it a neutral result (RFC 7208 §5.1, §8): either lets anyone send mail as the domain. Use `~all` (softfail) or `-all` (fail).',
    messages: {
      default: 'This `all` lets any host send as the domain.',
      pass: '`{term}` authorizes every host on the Internet to send as this domain.',
      neutral: '`{term}` makes mail from any host neutral: it does not protect the domain.',
    },
  },
  'spf/fail-include': {
    title: 'Qualifier on `include:`',
    doc: 'A qualifier on `include:` applies when the included record passes (RFC 7208 §5.2): `-include:x` fails exactly the mail x authorizes. This is valid syntax but almost never what is meant; a plain `include:` is.',
    messages: {
      default: 'Qualifier on include.',
      fail: '`{term}` rejects the mail that `{domain}` authorizes; did you mean `include:{domain}`?',
      softfail: '`{term}` softfails the mail that `{domain}` authorizes; did you mean `include:{domain}`?',
      neutral: '`{term}` makes the mail that `{domain}` authorizes neutral; did you mean `include:{domain}`?',
    },
  },
  'spf/no-all': {
    title: 'No `all` and no `redirect=`',
    doc: 'A record with neither `all` nor `redirect=` ends with the default result neutral for every unlisted host (RFC 7208 §4.7), which tells receivers nothing. End the record with `~all` (softfail) or `-all` (fail).',
    messages: { default: 'This SPF record has no `all` and no `redirect=`: unlisted senders get a neutral result.' },
  },
  'spf/multiple-records': {
    title: 'More than one SPF record at a name',
    doc: 'A name must have at most one TXT record starting with `v=spf1` (RFC 7208 §3.2, §4.5); with two, every check ends in a permerror and no mail is protected. Adding a provider means adding its `include:` to the existing record.',
    messages: { default: '{count} SPF records at {name}: receivers reject them all (permerror). Merge them into one.' },
  },
  'spf/type-spf': {
    title: 'Record of the retired type SPF',
    doc: 'RFC 7208 §3.1 publishes SPF as TXT only; the SPF record type (99) was discontinued and receivers do not query it. Convert the record to TXT, or remove it when an identical TXT record exists.',
    messages: {
      default: 'Type SPF (99) records are not read by receivers.',
      alone: 'Receivers only read TXT: this type SPF (99) record gives the name no SPF policy at all.',
      withTwin: 'The type SPF (99) record is unused: an identical TXT record already publishes it.',
      differs: 'The type SPF (99) record is unused and differs from the TXT record receivers do read.',
    },
  },
  'spf/too-long': {
    title: 'SPF answer larger than 450 octets',
    doc: 'RFC 7208 §3.4 recommends that the name and the TXT records at it stay under 450 octets, so the answer fits in one UDP packet; larger answers need TCP and some receivers give up. Move senders into an `include:`d record.',
    messages: { default: 'The name and its {records} TXT records take {size} octets, over the {limit} RFC 7208 recommends.' },
  },
  'spf/too-many-lookups': {
    title: 'More than 10 DNS lookups',
    doc: 'Evaluating a record may cause at most 10 DNS queries through `include`, `a`, `mx`, `ptr`, `exists` and `redirect`, counting those of included records (RFC 7208 §4.6.4); beyond that the result is a permerror. Targets in the workspace are followed; others count as one lookup each.',
    messages: { default: 'This SPF record needs {count} DNS lookups; the limit is {limit} (passed at `{term}`).' },
  },
  'spf/include-loop': {
    title: 'include/redirect loop',
    doc: 'An `include:` or `redirect=` chain that returns to a record already being evaluated never ends; receivers stop it with a permerror (RFC 7208 §4.6.4, §5.2). The chain is followed through the zones of the workspace.',
    messages: { default: 'This term leads into a loop: {chain}.' },
  },
  'spf/target-without-spf': {
    title: 'include/redirect target has no SPF record',
    doc: 'An `include:` whose target publishes no SPF record is a permerror (RFC 7208 §5.2), and so is a `redirect=` to such a name (§6.1). The target zone is in the workspace and has no `v=spf1` TXT record at that name.',
    messages: {
      default: '{target} has no SPF record.',
      include: '{target} has no SPF record in its zone: this include is a permerror.',
      redirect: '{target} has no SPF record in its zone: this redirect is a permerror.',
    },
  },
};

/** Hover texts, completion details and fix titles of the SPF area. */
export const spfPhrases: PhraseSection = {
  'spf.fix.rewriteTerm': 'Change `{from}` to `{to}`',
  'spf.fix.removeTerm': 'Remove `{term}`',
  'spf.fix.replaceAll': 'Replace `{from}` with `{to}`',
  'spf.fix.dropQualifier': 'Remove the qualifier of `{term}`',
  'spf.fix.removeAfterAll': 'Remove the mechanisms after `{all}`',
  'spf.fix.addAll': 'Add `{all}` at the end',
  'spf.fix.merge': 'Merge the {count} SPF records into one',
  'spf.fix.removeTypeSpf': 'Remove the type SPF record',
  'spf.fix.convertToTxt': 'Change the type to TXT',
  'spf.fix.addSpaceAtJoin': 'Add the missing space between the strings',
};
