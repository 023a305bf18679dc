import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { ApiError, toApiError } from './api';
import { errorMessage, fieldErrors, retryAfterSeconds } from './errors';

const t = i18n.getFixedT('en');

describe('errorMessage', () => {
  it('says an error by its code', () => {
    expect(errorMessage(t, toApiError(409, { error: 'plan_locked', detail: 'locked' }))).toBe(
      t('errors.plan_locked'),
    );
    expect(errorMessage(t, toApiError(503, '<html></html>'))).toBe(t('errors.server_error'));
    expect(errorMessage(t, new Error('network'))).toBe(t('errors.generic'));
  });

  it("says a service's own 422 refusal by the type of its one issue", () => {
    const refused = toApiError(422, {
      error: 'validation_error',
      detail: [{ loc: ['body'], type: 'options_invalid', msg: 'Choice questions need options' }],
    });
    expect(errorMessage(t, refused)).toBe(t('errors.options_invalid'));
    expect(errorMessage(t, refused)).not.toBe(t('errors.validation_error'));
  });

  it('says a 422 about fields, or of an unknown type, as a validation error', () => {
    const fields = toApiError(422, {
      error: 'validation_error',
      detail: [{ loc: ['body', 'name'], type: 'string_too_short', msg: 'short' }],
    });
    expect(errorMessage(t, fields)).toBe(t('errors.validation_error'));
    const unknown = toApiError(422, {
      error: 'validation_error',
      detail: [{ loc: ['body'], type: 'json_invalid', msg: 'bad json' }],
    });
    expect(errorMessage(t, unknown)).toBe(t('errors.validation_error'));
  });

  it('counts the seconds of a rate limit', () => {
    const limited = toApiError(429, {
      error: 'rate_limited',
      detail: { message: 'slow down', retry_after: 20 },
    });
    expect(retryAfterSeconds(limited)).toBe(20);
    expect(errorMessage(t, limited)).toBe(t('errors.rate_limited', { count: 20 }));
    expect(retryAfterSeconds(new ApiError(429, 'too_many_attempts', 'wait'))).toBeUndefined();
    expect(retryAfterSeconds(new ApiError(429, 'rate_limited', 'old body'))).toBeUndefined();
  });
});

describe('fieldErrors', () => {
  it('translates the issues of fields by their type', () => {
    const e = toApiError(422, {
      error: 'validation_error',
      detail: [
        { loc: ['body', 'org_number'], type: 'invalid_organisation_number', msg: 'bad' },
        { loc: ['body', 'name'], type: 'no_such_type', msg: 'bad' },
        { loc: ['body'], type: 'options_invalid', msg: 'whole request' },
      ],
    });
    expect(fieldErrors(t, e)).toEqual({
      org_number: t('errors.invalid_organisation_number'),
      name: t('errors.invalid_value'),
    });
    expect(fieldErrors(t, new Error('x'))).toEqual({});
  });
});
