import { createHmac } from 'node:crypto';
import { isInternalAddress, webhookUrlProblem } from './webhook-address';
import { signWebhook } from './webhook-signature';
import { decodeCursor, encodeCursor } from './feed-cursor';
import { toFeedRecord } from './feed-catalog';

describe('webhook targets', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.1',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::7f00:1',
    'fe80::1',
    'fd12:3456::1',
    'ff02::1',
    'not-an-address',
  ])('%s is internal', (address) => expect(isInternalAddress(address)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '192.169.0.1', '100.128.0.1', '2001:4860:4860::8888'])(
    '%s is public',
    (address) => expect(isInternalAddress(address)).toBe(false),
  );

  it.each([
    ['http://127.0.0.1/x', /loopback/],
    ['http://localhost:8080/x', /loopback/],
    ['http://api.localhost/x', /loopback/],
    ['http://[::1]/x', /loopback/],
    ['http://2130706433/x', /loopback/],
    ['http://0x7f.1/x', /loopback/],
    ['ftp://example.gov.vn/x', /http or https/],
    ['javascript:alert(1)', /http or https/],
    ['https://u:p@example.gov.vn/x', /user name/],
    ['example.gov.vn/x', /absolute/],
  ])('%s is refused when internal targets are not allowed', (url, reason) => {
    expect(webhookUrlProblem(url, false)).toMatch(reason);
  });

  it('internal targets pass when allowed, public ones always', () => {
    expect(webhookUrlProblem('http://127.0.0.1:9/x', true)).toBeNull();
    expect(webhookUrlProblem('https://motcua.kontum.gov.vn/iso', false)).toBeNull();
    // a name is checked on its resolved addresses at delivery
    expect(webhookUrlProblem('https://intranet.example/iso', false)).toBeNull();
  });
});

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the secret', () => {
    expect(signWebhook('whsec_test', 1700000000, '{"a":1}')).toBe(
      'sha256=' + createHmac('sha256', 'whsec_test').update('1700000000.{"a":1}').digest('hex'),
    );
    expect(signWebhook('whsec_test', 1700000001, '{"a":1}')).not.toBe(
      signWebhook('whsec_test', 1700000000, '{"a":1}'),
    );
  });
});

describe('feed cursor', () => {
  it('round-trips and refuses anything it did not make', () => {
    expect(decodeCursor(encodeCursor('42'))).toBe('42');
    for (const bad of [
      '',
      'djE6MA',
      'djE6LTE',
      'djE6MDE',
      'djI6NQ',
      'djE6NSA',
      '%%%',
      encodeCursor('1') + '=',
    ])
      expect(() => decodeCursor(bad)).toThrow();
  });
});

describe('feed catalogue', () => {
  const agency = '11111111-1111-4111-8111-111111111111';
  const audit = '22222222-2222-4222-8222-222222222222';

  it('keeps only the listed fields (an audit team does not go out)', () => {
    expect(toFeedRecord('audit.started', { auditId: audit, agencyId: agency, team: [audit] })).toEqual({
      agencyIds: [agency],
      subjectType: 'audit',
      subjectId: audit,
      payload: { auditId: audit, agencyId: agency },
    });
  });

  it('leaves out events outside the catalogue and events that name no valid agency', () => {
    expect(
      toFeedRecord('document.versionScheduled', { versionId: audit, effectiveFrom: '2026-01-01' }),
    ).toBeNull();
    expect(toFeedRecord('approvalRequest.approved', { requestId: audit, agencyId: agency })).toBeNull();
    expect(toFeedRecord('constructor', {})).toBeNull();
    expect(toFeedRecord('audit.planned', { auditId: audit, agencyId: 'x' })).toBeNull();
    expect(toFeedRecord('audit.planned', { auditId: audit })).toBeNull();
  });

  it('an event of several agencies belongs to each', () => {
    const other = '33333333-3333-4333-8333-333333333333';
    expect(
      toFeedRecord('declaration.recorded', {
        declarationId: audit,
        qualitySystemId: audit,
        agencyIds: [agency, other],
      })?.agencyIds,
    ).toEqual([agency, other]);
    expect(toFeedRecord('agency.merged', { fromAgencyId: agency, intoAgencyId: other })?.agencyIds).toEqual([
      agency,
      other,
    ]);
  });
});
