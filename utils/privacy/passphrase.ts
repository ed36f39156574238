/**
 * What a passphrase must be. Pure. A passphrase protects data at rest against offline guessing
 * (facts/users-languages.md §4.2: a 4–6 digit PIN can be brute-forced), so shorter ones are refused;
 * beyond the length, nothing is imposed (no character classes: a short sentence is best).
 */
export const MIN_PASSPHRASE_LENGTH = 8;

export function strongEnough(passphrase: unknown): boolean {
  return typeof passphrase === 'string' && [...passphrase.trim()].length >= MIN_PASSPHRASE_LENGTH;
}
