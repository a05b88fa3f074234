// Error codes that cross the message boundary. The popup turns each into a translated sentence.
export const ERROR_CODES = [
  'invalid-message', // malformed or unknown request
  'forbidden', // sender may not make this request
  'locked', // the vault must be unlocked first
  'no-vault', // no wallet created yet
  'vault-exists', // create called twice
  'wrong-password',
  'throttled', // too many wrong passwords; see retryAfterMs
  'weak-password',
  'newer-schema', // the database was written by a newer version of the extension
  'not-found',
  'password-required', // card numbers need a fresh master password (askBeforeFillingCards)
  'busy', // another import is running
  'too-large', // an imported file is over the size limit
  'not-a-backup', // the file is not a wallet backup at all
  'backup-damaged', // a wallet backup, but truncated, altered or corrupted
  'wrong-backup-password',
  'newer-backup', // written by a newer version of the extension
  'unreadable-file', // a Bitwarden export or CSV file that cannot be read
  'list-full', // the excluded sites are at their cap
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class WalletError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'WalletError';
  }
}
