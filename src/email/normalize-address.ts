/** Domains whose mailboxes ignore dots in the local part, folded to the first (Gmail: `a.b@` = `ab@`). */
const dotlessDomains = ['gmail.com', 'googlemail.com'];

/**
 * The key the per-recipient throttle counts by, so `Name+1@x`, `name+2@x` and `name@x` are one recipient:
 * trimmed and lower-cased; split at the first `@`; the local part cut at the first `+` (sub-addressing, honoured by Gmail, Outlook, Fastmail,
 * iCloud, Proton); for gmail.com / googlemail.com the dots dropped and the domain folded to gmail.com. Lower-casing
 * the local part is not guaranteed by RFC 5321, but no mainstream provider treats case as distinct. Used only to
 * throttle: mail still goes to the address as given (migrations/0004 backfills the same rule in SQL).
 * An input without `@` comes back trimmed and lower-cased.
 */
export function normalizeAddressKey(address: string): string {
  const lower = address.trim().toLowerCase();
  // The first '@', as migrations/0004's instr(): an address subscribeInputSchema accepts has exactly one, and a row
  // holding more (never accepted at sign-up) gets the same key from the code as from the backfill.
  const at = lower.indexOf('@');
  if (at <= 0) return lower;
  let local = lower.slice(0, at);
  let domain = lower.slice(at + 1);
  const plus = local.indexOf('+');
  if (plus > 0) local = local.slice(0, plus);
  if (dotlessDomains.includes(domain)) {
    local = local.replaceAll('.', '');
    domain = dotlessDomains[0]!;
  }
  return `${local}@${domain}`;
}
