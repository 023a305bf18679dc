import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import { createElement, type ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayLiveRoomKey, liveRoomKey } from '@/lib/query-keys';
import { question, room } from '../test/fixtures';
import { useRoomEvents } from './room-events';
import { parseRoomEvent, reconnectDelay, storeRoom } from './room-stream';

describe('parseRoomEvent', () => {
  it('reads the whole room of an `event: room`', () => {
    const r = room();
    expect(parseRoomEvent(JSON.stringify(r), 7)).toEqual(r);
  });

  it('ignores what is not this room', () => {
    expect(parseRoomEvent(JSON.stringify(room({ id: 8 })), 7)).toBeNull();
    expect(parseRoomEvent('{"id": 7', 7)).toBeNull();
    expect(parseRoomEvent('null', 7)).toBeNull();
    expect(parseRoomEvent('{"id": 7}', 7)).toBeNull();
    expect(parseRoomEvent(undefined, 7)).toBeNull();
    expect(parseRoomEvent('', 7)).toBeNull();
  });
});

describe('reconnectDelay', () => {
  it('grows from a second to at most 15 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 10].map(reconnectDelay)).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000,
    ]);
  });
});

describe('storeRoom', () => {
  it('puts the room under its own key and its day’s', () => {
    const client = new QueryClient();
    const r = room();
    storeRoom(client, r);
    expect(client.getQueryData(liveRoomKey(7))).toBe(r);
    expect(client.getQueryData(dayLiveRoomKey(3))).toBe(r);
  });
});

/** A stand-in for the browser's EventSource that the test drives. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  listeners = new Map<string, ((event: Event) => void)[]>();
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, data?: string) {
    const event = data === undefined ? new Event(type) : new MessageEvent(type, { data });
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
}

describe('useRoomEvents', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function setup() {
    const client = new QueryClient();
    const wrapper = ({ children }: { children: ReactNode }) =>
      createElement(QueryClientProvider, { client }, children);
    const hook = renderHook(() => useRoomEvents(7), { wrapper });
    return { client, hook };
  }

  it('streams every `event: room` into the cache', () => {
    const { client, hook } = setup();
    const source = FakeEventSource.instances[0];
    expect(source?.url).toBe('/api/v1/live/rooms/7/events');
    expect(source?.init).toEqual({ withCredentials: true });
    expect(hook.result.current).toBe('connecting');

    const first = room({ questions: [question({ answer_count: 4 })] });
    act(() => source?.emit('room', JSON.stringify(first)));
    expect(hook.result.current).toBe('live');
    expect(client.getQueryData(liveRoomKey(7))).toEqual(first);

    const next = room({ questions: [question({ answer_count: 5 })] });
    act(() => source?.emit('room', JSON.stringify(next)));
    expect(client.getQueryData<typeof next>(liveRoomKey(7))?.questions[0]?.answer_count).toBe(5);
    act(() => source?.emit('room', 'not json'));
    expect(client.getQueryData<typeof next>(liveRoomKey(7))?.questions[0]?.answer_count).toBe(5);
  });

  it('says it reconnects while cut, and opens a new stream when the browser gave up', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const { hook } = setup();
    const source = FakeEventSource.instances[0] as FakeEventSource;
    act(() => source.emit('room', JSON.stringify(room())));

    // A dropped connection: the browser retries by itself.
    source.readyState = FakeEventSource.CONNECTING;
    act(() => source.emit('error'));
    expect(hook.result.current).toBe('reconnecting');
    expect(FakeEventSource.instances).toHaveLength(1);

    // Refused (e.g. a 401): the session is refreshed and a new stream opened after a pause.
    source.readyState = FakeEventSource.CLOSED;
    act(() => source.emit('error'));
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(FakeEventSource.instances).toHaveLength(2);
    act(() => FakeEventSource.instances[1]?.emit('room', JSON.stringify(room())));
    expect(hook.result.current).toBe('live');
  });

  it('closes the stream when the page goes', () => {
    const { hook } = setup();
    hook.unmount();
    expect(FakeEventSource.instances[0]?.readyState).toBe(FakeEventSource.CLOSED);
  });
});
