import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followRoom } from './room-stream';
import type { Room } from './types';

/** jsdom has no EventSource: this one is driven by the test. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.OPEN;
  constructor(readonly url: string) {
    super();
    FakeEventSource.opened.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  /** The server answered the stream with an HTTP error: the browser gives up. */
  fail() {
    this.readyState = FakeEventSource.CLOSED;
    this.dispatchEvent(new Event('error'));
  }
}

const CODE = 'K7M2QX';
const room: Room = {
  join_code: CODE,
  title: 'Alingsås kommun – moment 1',
  date: '2026-11-23',
  status: 'open',
  question: null,
  evaluation: null,
};
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let reads: Response[];
const fetchRoom = vi.fn(async () => reads.shift() ?? json(500, {}));

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.opened = [];
  reads = [];
  fetchRoom.mockClear();
  vi.stubGlobal('EventSource', FakeEventSource);
  vi.stubGlobal('fetch', fetchRoom);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const handlers = () => ({ onRoom: vi.fn(), onGone: vi.fn(), onConnected: vi.fn() });

describe('followRoom', () => {
  it('passes on every state the stream sends', () => {
    const on = handlers();
    const stop = followRoom(CODE, on);
    const [source] = FakeEventSource.opened;
    expect(source.url).toBe(`/api/v1/participate/${CODE}/events`);
    source.dispatchEvent(new MessageEvent('room', { data: 'not json' }));
    source.dispatchEvent(new MessageEvent('room', { data: JSON.stringify(room) }));
    expect(on.onRoom).toHaveBeenCalledExactlyOnceWith(room);
    expect(on.onConnected).toHaveBeenLastCalledWith(true);
    stop();
    expect(source.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('reads the room again with back-off after the browser gives up, then reconnects', async () => {
    const on = handlers();
    const stop = followRoom(CODE, on);
    FakeEventSource.opened[0].fail();
    expect(on.onConnected).toHaveBeenLastCalledWith(false);
    await vi.advanceTimersByTimeAsync(1999);
    expect(fetchRoom).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1); // 2 s: the read fails
    expect(fetchRoom).toHaveBeenCalledTimes(1);
    reads.push(json(200, room));
    await vi.advanceTimersByTimeAsync(3999);
    expect(fetchRoom).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1); // 4 s later: the room again, and a new stream
    expect(on.onRoom).toHaveBeenCalledExactlyOnceWith(room);
    expect(FakeEventSource.opened).toHaveLength(2);
    stop();
  });

  it('says when the room is gone, and reads nothing once stopped', async () => {
    const on = handlers();
    const stop = followRoom(CODE, on);
    reads.push(json(404, { error: 'not_found' }));
    FakeEventSource.opened[0].fail();
    await vi.advanceTimersByTimeAsync(2000);
    expect(on.onGone).toHaveBeenCalledOnce();

    const again = handlers();
    const stopAgain = followRoom(CODE, again);
    FakeEventSource.opened[1].fail();
    stopAgain();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchRoom).toHaveBeenCalledTimes(1);
    stop();
  });
});
