import { describe, expect, it } from 'vitest';
import { toApiError } from '@/lib/api';
import { conflictOf, issuesOf } from './plan-editing';
import { emptyContent } from './plan-model';

describe('conflictOf', () => {
  const current = { certification_id: 4, version: 5, content: emptyContent() };
  const merged = { ...emptyContent(), vision: 'Alla ska känna sig välkomna' };
  const conflicts = [{ path: 'vision', base: '', mine: 'Vår', theirs: 'Deras' }];

  it("reads a plan's 409 version_conflict: the current plan, the merge and its conflicts", () => {
    const error = toApiError(409, {
      error: 'version_conflict',
      detail: { message: 'newer', current, merged, conflicts },
    });
    expect(conflictOf(error)).toEqual({ current, merged, conflicts });
  });

  it('gives null for a version conflict without a merge, another code or status', () => {
    const plain = { error: 'version_conflict', detail: { message: 'newer', current } };
    expect(conflictOf(toApiError(409, plain))).toBeNull();
    expect(conflictOf(toApiError(409, { error: 'version_conflict', detail: 'old' }))).toBeNull();
    expect(conflictOf(toApiError(409, { error: 'plan_locked', detail: 'locked' }))).toBeNull();
    expect(conflictOf(new Error('network'))).toBeNull();
  });
});

describe('issuesOf', () => {
  const t = (key: string) => (key === 'errors.string_too_short' ? 'För kort' : '');

  it("keys a 422's issues by goal or activity and field", () => {
    const error = toApiError(422, {
      error: 'validation_error',
      detail: [
        { loc: ['body', 'content', 'goals', 0, 'title'], type: 'string_too_short', msg: 'short' },
        { loc: ['body', 'content', 'activities', 2, 'owner'], type: 'other', msg: 'bad' },
        { loc: ['body', 'base_version'], type: 'missing', msg: 'missing' },
      ],
    });
    expect(issuesOf(t, error)).toEqual({ 'goals.0.title': 'För kort', 'activities.2.owner': '' });
  });

  it('gives nothing for other errors or an unreadable 422', () => {
    expect(issuesOf(t, toApiError(409, { error: 'plan_locked', detail: 'x' }))).toEqual({});
    expect(issuesOf(t, toApiError(422, 'not json'))).toEqual({});
  });
});
