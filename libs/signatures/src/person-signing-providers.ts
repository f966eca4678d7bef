import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/platform';
import { Pkcs12SigningProvider, SigningProvider } from './signing-provider';

const USER_ID = /^[0-9a-f-]{36}$/i;

/**
 * Who signs for a person (the competent person's signature on a decision to issue): resolves a
 * user's own signing provider. Development and tests: a PKCS#12 per user, `<userId>.p12` in
 * SIGNING_PERSON_PKCS12_DIR (password SIGNING_PKCS12_PASSWORD), or one set with `use`. A licensed
 * remote-signing provider replaces `forUser` with one RemoteSigningProvider per user's credential
 * (docs/signing-providers.md). No provider for the user: null.
 */
@Injectable()
export class PersonSigningProviders {
  private readonly overrides = new Map<string, SigningProvider | null>();

  constructor(private readonly config: AppConfig) {}

  /** Sets (or, with null, removes) the provider of one user (tests). */
  use(userId: string, provider: SigningProvider | null): void {
    this.overrides.set(userId, provider);
  }

  async forUser(userId: string): Promise<SigningProvider | null> {
    if (this.overrides.has(userId)) return this.overrides.get(userId) ?? null;
    const dir = this.config.SIGNING_PERSON_PKCS12_DIR;
    if (!dir || !USER_ID.test(userId)) return null;
    const path = join(dir, `${userId.toLowerCase()}.p12`);
    if (!existsSync(path)) return null;
    return new Pkcs12SigningProvider(readFileSync(path), this.config.SIGNING_PKCS12_PASSWORD);
  }
}
