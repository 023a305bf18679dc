import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { start } from './app';
import type { Room, RoomQuestion } from './types';

/** jsdom has no EventSource: this one is driven by the test. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static last: FakeEventSource | null = null;
  readyState = FakeEventSource.OPEN;
  constructor(readonly url: string) {
    super();
    FakeEventSource.last = this;
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(room: Room) {
    this.dispatchEvent(new MessageEvent('room', { data: JSON.stringify(room) }));
  }
}

const CODE = 'K7M2QX';
const room = (question: RoomQuestion | null, extra: Partial<Room> = {}): Room => ({
  join_code: CODE,
  title: 'Alingsås kommun – moment 1',
  date: '2026-11-23',
  status: 'open',
  question,
  evaluation: null,
  ...extra,
});
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

type Handler = (body: unknown) => Response | Promise<Response>;
let routes: Record<string, Handler>;
const posted: { path: string; body: unknown }[] = [];
let stop: () => void;

beforeEach(() => {
  localStorage.clear();
  posted.length = 0;
  routes = { [`GET /api/v1/participate/${CODE}`]: () => json(200, room(null)) };
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string, init: RequestInit) => {
      const body = init.body ? JSON.parse(String(init.body)) : undefined;
      if (init.method === 'POST') posted.push({ path, body });
      const handler = routes[`${init.method} ${path}`];
      return handler ? handler(body) : json(404, { error: 'not_found' });
    }),
  );
  document.body.innerHTML = '<div id="app"></div>';
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

const open = (id: number, kind: RoomQuestion['kind'], options: string[] = []): RoomQuestion => ({
  id,
  kind,
  prompt: `Fråga ${id}?`,
  options,
  state: 'open',
});

describe('the participant page', () => {
  it('joins with a typed code, answers, survives a lost request and thanks', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/delta');
    stop = start();
    await user.type(screen.getByRole('textbox', { name: 'Kod' }), 'k7m 2qx');
    await user.click(screen.getByRole('button', { name: 'Gå med' }));
    expect(location.pathname).toBe(`/delta/${CODE}`);
    expect(await screen.findByText('Vänta på nästa fråga')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Alingsås kommun – moment 1',
    );
    expect(FakeEventSource.last?.url).toBe(`/api/v1/participate/${CODE}/events`);

    // A scale question arrives; an empty send asks for a choice first.
    routes[`POST /api/v1/participate/${CODE}/answers`] = () => json(201, { status: 'recorded' });
    FakeEventSource.last?.emit(room(open(3, 'scale', ['Låg', 'Hög'])));
    await user.click(await screen.findByRole('button', { name: 'Skicka' }));
    expect(screen.getByText('Välj ett alternativ, eller tryck på Hoppa över.')).toBeInTheDocument();
    expect(posted).toHaveLength(0);
    await user.click(screen.getByRole('radio', { name: '4' }));
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    const thanks = await screen.findByText('Tack! Vänta på nästa fråga.');
    expect(thanks.closest('.status')).toHaveFocus();
    const first = posted[0].body as Record<string, unknown>;
    expect(first).toMatchObject({ question_id: 3, skipped: false, value: 4 });
    expect(first.device_token).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(Object.keys(first).sort()).toEqual(['device_token', 'question_id', 'skipped', 'value']);

    // The same state again (a reconnect) changes nothing.
    FakeEventSource.last?.emit(room(open(3, 'scale', ['Låg', 'Hög'])));
    expect(screen.getByText('Tack! Vänta på nästa fråga.')).toBeInTheDocument();

    // Open text: the request is lost, the text stays; the retry finds it already recorded.
    FakeEventSource.last?.emit(room(open(4, 'open_text')));
    const box = await screen.findByRole('textbox', { name: 'Fråga 4?' });
    await user.type(box, 'Bra dag');
    routes[`POST /api/v1/participate/${CODE}/answers`] = () => {
      throw new TypeError('Failed to fetch');
    };
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByText(/Det gick inte att skicka/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Fråga 4?' })).toHaveValue('Bra dag');
    routes[`POST /api/v1/participate/${CODE}/answers`] = () =>
      json(409, { error: 'already_answered', detail: '' });
    await user.click(screen.getByRole('button', { name: 'Skicka' }));
    expect(await screen.findByText('Tack! Vänta på nästa fråga.')).toBeInTheDocument();
    expect(posted[1].body).toEqual(posted[2].body);
    expect(JSON.parse(localStorage.getItem('jamlik.delta.answered') ?? '[]')).toEqual([
      'q:3',
      'q:4',
    ]);
    // Every answer of this device carries the same token.
    expect(new Set(posted.map((p) => (p.body as { device_token: string }).device_token)).size).toBe(
      1,
    );

    // A skip carries nothing else.
    routes[`POST /api/v1/participate/${CODE}/answers`] = () => json(201, { status: 'recorded' });
    FakeEventSource.last?.emit(room(open(5, 'multiple_choice', ['A', 'B'])));
    await user.click(await screen.findByRole('button', { name: 'Hoppa över' }));
    await screen.findByText('Tack! Vänta på nästa fråga.');
    expect(posted[3].body).toMatchObject({ question_id: 5, skipped: true });
    expect(Object.keys(posted[3].body as object).sort()).toEqual([
      'device_token',
      'question_id',
      'skipped',
    ]);

    // The evaluation opens in the room, but its link has closed meanwhile.
    routes['GET /api/v1/evaluations/EVAL2345'] = () => json(410, { error: 'evaluation_closed' });
    FakeEventSource.last?.emit(room(null, { evaluation: { code: 'EVAL2345' } }));
    expect(await screen.findByText('Utvärderingen är stängd')).toBeInTheDocument();

    FakeEventSource.last?.emit(room(null, { status: 'closed' }));
    expect(
      await screen.findByText('Passet är avslutat. Tack för att du deltog!'),
    ).toBeInTheDocument();
  });

  it('says so when a code does not exist, and offers to type it again', async () => {
    const user = userEvent.setup();
    history.replaceState(null, '', '/delta/ABCDEF');
    stop = start();
    expect(await screen.findByRole('heading', { name: 'Koden finns inte' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Skriv in koden igen' }));
    expect(location.pathname).toBe('/delta');
    expect(screen.getByRole('textbox', { name: 'Kod' })).toBeInTheDocument();
  });

  it('sends the evaluation once, with empty questions skipped', async () => {
    const user = userEvent.setup();
    routes['GET /api/v1/evaluations/EVAL2345'] = () =>
      json(200, {
        title: 'Alingsås kommun – moment 1',
        date: '2026-11-23',
        closes_at: null,
        questions: [
          { id: 11, kind: 'scale', prompt: 'Nöjd?', options: ['Nej', 'Ja'] },
          { id: 12, kind: 'open_text', prompt: 'Något mer?', options: [] },
        ],
      });
    routes['POST /api/v1/evaluations/EVAL2345/answers'] = () => json(201, { recorded: 2 });
    history.replaceState(null, '', '/delta/utvardering/EVAL2345');
    stop = start();
    await user.click(await screen.findByRole('radio', { name: '5' }));
    await user.click(screen.getByRole('button', { name: 'Skicka utvärderingen' }));
    expect(await screen.findByText('Tack för din utvärdering!')).toBeInTheDocument();
    expect(posted[0].body).toMatchObject({
      answers: [
        { question_id: 11, skipped: false, value: 5 },
        { question_id: 12, skipped: true },
      ],
    });
    stop();
    stop = start();
    expect(screen.getByText('Du har redan svarat – tack!')).toBeInTheDocument();
  });
});
