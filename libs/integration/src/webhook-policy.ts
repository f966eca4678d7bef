import { AppConfig } from '@app/platform';

/** WEBHOOK_ALLOW_PRIVATE_ADDRESSES: unset means allowed outside production, refused in production. */
export function webhookPrivateAddressesAllowed(config: AppConfig): boolean {
  const setting = config.WEBHOOK_ALLOW_PRIVATE_ADDRESSES;
  return setting === '' ? config.NODE_ENV !== 'production' : setting === 'true';
}
