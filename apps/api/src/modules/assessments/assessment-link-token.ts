import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes (256 bits), base64url: the part of the link that grants access to one partner's form. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored and looked up: the token's SHA-256 in hex. The token itself is never stored. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
