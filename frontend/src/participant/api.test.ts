import { afterEach, describe, expect, it, vi } from 'vitest';
import { postAnswer } from './api';
import { sendProblem } from './sending';

const answer = { device_token: 'x'.repeat(48), question_id: 3, skipped: false, value: 4 };

function answering(response: Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response),
  );
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the participation API', () => {
  it('reads the code of an error body', async () => {
    answering(json(409, { error: 'question_not_open', detail: 'closed' }));
    expect(await postAnswer('K7M2QX', answer)).toEqual({
      ok: false,
      status: 409,
      code: 'question_not_open',
    });
  });

  it("takes a room's refusal, an issue of a 422, as an answer that does not fit", async () => {
    answering(
      json(422, {
        error: 'validation_error',
        detail: [{ loc: ['body'], type: 'answer_invalid', msg: 'The answer does not fit.' }],
      }),
    );
    const result = await postAnswer('K7M2QX', answer);
    expect(result).toEqual({ ok: false, status: 422, code: 'validation_error' });
    if (result.ok) throw new Error('sent');
    expect(sendProblem(result)).toBe('answerInvalid');
  });

  it('gives no code for a body that is not an error body', async () => {
    answering(new Response('<html>Bad gateway</html>', { status: 502 }));
    expect(await postAnswer('K7M2QX', answer)).toEqual({ ok: false, status: 502, code: null });
    answering(json(500, { error: 42 }));
    expect(await postAnswer('K7M2QX', answer)).toEqual({ ok: false, status: 500, code: null });
  });
});
