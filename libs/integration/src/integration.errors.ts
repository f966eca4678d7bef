import { defineErrors } from '@app/platform';

/**
 * The integration lib has no codes of its own (refusals are VALIDATION_FAILED, NOT_FOUND,
 * FORBIDDEN, STALE_VERSION); it names its resources for messages. Registered when the lib loads.
 */
export const INTEGRATION_ERRORS = defineErrors('integration', {
  errors: {},
  resources: {
    webhook: 'webhook | Webhook',
  },
});
