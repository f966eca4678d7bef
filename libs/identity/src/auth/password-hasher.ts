import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes): safe, and fast enough to log in many users. */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** A real hash to verify against when the user does not exist, so timing does not reveal usernames. */
  private dummyHash?: Promise<string>;

  /** Hashes the NFC form, so the same password typed as precomposed or combining letters matches. */
  hash(password: string): Promise<string> {
    return argon2.hash(password.normalize('NFC'), OPTIONS);
  }

  async verify(hash: string | undefined, password: string): Promise<boolean> {
    if (!hash) {
      this.dummyHash ??= this.hash('not-a-real-password');
      await argon2.verify(await this.dummyHash, password);
      return false;
    }
    const normalized = password.normalize('NFC');
    try {
      if (await argon2.verify(hash, normalized)) return true;
      // hashes made before passwords were normalised hold the bytes as typed
      return normalized !== password && (await argon2.verify(hash, password));
    } catch {
      return false;
    }
  }
}
