import type { Certificate } from '@/features/certificates/api/types';

/** A valid certificate of Alingsås kommun's first cycle, as the server sends it. */
export function certificate(overrides: Partial<Certificate> = {}): Certificate {
  return {
    id: 3,
    certification_id: 4,
    organisation_id: 7,
    organisation_name: 'Alingsås kommun',
    number: 'JAM-2026-0003',
    issued_on: '2026-06-01',
    valid_until: '2029-06-01',
    window_opens_on: '2028-12-01',
    issued_by_name: 'Tove Utbildare',
    scope: 'Hela förvaltningen',
    plan_version: 5,
    cycle: 1,
    status: 'valid',
    status_reason: null,
    suspended_until: null,
    verify_url: 'https://jamlik.example/verify/JAM-2026-0003',
    allowed_actions: [],
    ...overrides,
  };
}
