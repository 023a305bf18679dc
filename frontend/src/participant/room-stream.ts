// Following a room: its event stream sends the whole state with every `event: room`. The browser
// reconnects by itself; after an HTTP error it gives up, and then the room is read again with
// back-off (and at once when the device comes back online or the page is shown again) until the
// stream can be opened anew.
import { getRoom, roomEventsPath } from './api';
import type { Room } from './types';

export interface RoomStreamHandlers {
  /** The room's whole state, from the stream or from a new read. */
  onRoom(room: Room): void;
  /** The room no longer exists (a new read found nothing). */
  onGone(): void;
  /** The stream is open (true) or lost (false: every failed attempt says so again). */
  onConnected(connected: boolean): void;
}

const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 30_000;

/** Follows room `code`, read once already; returns what stops following it. */
export function followRoom(code: string, on: RoomStreamHandlers): () => void {
  let source: EventSource | null = null;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let retryDelay = FIRST_RETRY_MS;

  function connect(): void {
    source?.close();
    const events = new EventSource(roomEventsPath(code));
    source = events;
    events.addEventListener('open', () => {
      retryDelay = FIRST_RETRY_MS;
      on.onConnected(true);
    });
    events.addEventListener('room', (event) => {
      on.onConnected(true);
      try {
        on.onRoom(JSON.parse((event as MessageEvent<string>).data) as Room);
      } catch {
        // A broken event: the next one (or the reconnect) brings the whole state again.
      }
    });
    events.addEventListener('error', () => {
      on.onConnected(false);
      // CONNECTING: the browser retries by itself. CLOSED: it gave up (an HTTP error).
      if (events.readyState === EventSource.CLOSED) scheduleRecover(retryDelay);
    });
  }

  function scheduleRecover(delay: number): void {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => void recover(), delay);
  }

  async function recover(): Promise<void> {
    if (stopped || (source && source.readyState !== EventSource.CLOSED)) return;
    const result = await getRoom(code);
    if (stopped) return;
    if (result.ok) {
      on.onRoom(result.data);
      connect();
    } else if (result.status === 404) {
      on.onGone();
    } else {
      retryDelay = Math.min(retryDelay * 2, MAX_RETRY_MS);
      scheduleRecover(retryDelay);
    }
  }

  const recoverNow = () => {
    if (document.visibilityState === 'visible' && source?.readyState === EventSource.CLOSED) {
      scheduleRecover(0);
    }
  };
  window.addEventListener('online', recoverNow);
  document.addEventListener('visibilitychange', recoverNow);

  connect();
  return () => {
    stopped = true;
    source?.close();
    source = null;
    clearTimeout(retryTimer);
    window.removeEventListener('online', recoverNow);
    document.removeEventListener('visibilitychange', recoverNow);
  };
}
