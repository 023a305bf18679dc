import { describe, expect, expectTypeOf, it } from 'vitest';
import type { components } from '@/client/schema';
import {
  type ApiErrorBody,
  type ApiErrorDetail,
  errorDetail,
  issueField,
  toApiError,
  validationIssues,
} from './api-error';

type Schemas = components['schemas'];

describe('ApiErrorBody', () => {
  it('is every documented error body, discriminated by its code', () => {
    expectTypeOf<Schemas['PlanLockedError']>().toExtend<ApiErrorBody>();
    expectTypeOf<Schemas['ValidationErrorBody']>().toExtend<ApiErrorBody>();
    expectTypeOf<ApiErrorDetail<'too_few_answers'>>().toEqualTypeOf<
      Schemas['TooFewAnswersDetail']
    >();
    expectTypeOf<ApiErrorDetail<'version_conflict'>>().toEqualTypeOf<
      Schemas['PlanConflictDetail'] | Schemas['VersionConflictDetail']
    >();
    expectTypeOf<ApiErrorDetail<'validation_error'>>().toEqualTypeOf<
      Schemas['ValidationIssue'][]
    >();
  });
});

describe('errorDetail', () => {
  const current = { id: 7, version: 5, name: 'Alingsås kommun' };
  const conflict = toApiError(409, {
    error: 'version_conflict',
    detail: { message: 'newer', current },
  });

  it('gives the detail of its code, typed as documented', () => {
    const detail = errorDetail(conflict, 'version_conflict');
    expectTypeOf(detail).toEqualTypeOf<
      Schemas['PlanConflictDetail'] | Schemas['VersionConflictDetail'] | null
    >();
    expect(detail?.message).toBe('newer');
    expect(detail?.current).toEqual(current);
    const limited = toApiError(429, {
      error: 'rate_limited',
      detail: { message: 'slow down', retry_after: 20 },
    });
    expect(errorDetail(limited, 'rate_limited')?.retry_after).toBe(20);
  });

  it('gives null for another code, another error or no detail', () => {
    expect(errorDetail(conflict, 'plan_locked')).toBeNull();
    expect(errorDetail(new Error('network'), 'version_conflict')).toBeNull();
    expect(errorDetail(undefined, 'version_conflict')).toBeNull();
    expect(errorDetail(toApiError(409, { error: 'version_conflict' }), 'version_conflict')).toBe(
      null,
    );
  });

  it('narrows an ApiError by its code', () => {
    if (!conflict.is('version_conflict')) throw new Error('not a version conflict');
    expectTypeOf(conflict.code).toEqualTypeOf<'version_conflict'>();
    expect(conflict.detail.current).toEqual(current);
    expect(conflict.is('conflict')).toBe(false);
  });
});

describe('validation errors', () => {
  const invalid = toApiError(422, {
    error: 'validation_error',
    detail: [
      { loc: ['body', 'goals', 0, 'title'], type: 'string_too_short', msg: 'short' },
      { loc: ['body', 'contact_email'], type: 'value_error', msg: 'bad email' },
      { loc: ['body'], type: 'options_invalid', msg: 'Choice questions need 2–10 options' },
      { loc: 'body', type: 'broken' },
      null,
    ],
  });

  it('lists the issues that have the documented shape', () => {
    expect(validationIssues(invalid).map((i) => i.type)).toEqual([
      'string_too_short',
      'value_error',
      'options_invalid',
    ]);
  });

  it('keys them by field, leaving out an issue about the whole request', () => {
    expect(validationIssues(invalid).map(issueField)).toEqual([
      'title',
      'contact_email',
      undefined,
    ]);
    expect(Object.keys(invalid.fieldIssues)).toEqual(['title', 'contact_email']);
  });

  it("reads FastAPI's plain 422 too, and nothing from other errors", () => {
    const plain = toApiError(422, {
      detail: [{ loc: ['query', 'page'], type: 'int_parsing', msg: 'not a number' }],
    });
    expect(plain.code).toBe('validation_error');
    expect(Object.keys(plain.fieldIssues)).toEqual(['page']);
    expect(validationIssues(toApiError(409, { error: 'conflict', detail: [] }))).toEqual([]);
    expect(validationIssues(new Error('x'))).toEqual([]);
  });
});

describe('toApiError with an unknown body', () => {
  it('keeps a body it cannot read as the detail, with a code from the status', () => {
    const html = toApiError(502, '<html>Bad gateway</html>');
    expect(html.code).toBe('server_error');
    expect(html.detail).toBe('<html>Bad gateway</html>');
    expect(errorDetail(html, 'conflict')).toBeNull();
    expect(html.fieldIssues).toEqual({});

    const nothing = toApiError(404, null);
    expect(nothing.code).toBe('not_found');
    expect(nothing.detail).toBeNull();

    const odd = toApiError(400, { error: 42, detail: 'x' });
    expect(odd.code).toBe('unknown');
    expect(odd.detail).toBe('x');
  });

  it('keeps a code the contract does not name', () => {
    const newer = toApiError(409, { error: 'something_new', detail: { message: 'm' } });
    expect(newer.code).toBe('something_new');
    expect(newer.detail).toEqual({ message: 'm' });
  });
});
