import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '@/test/render';
import type { LiveRoom } from '../api/types';
import { question, room } from '../test/fixtures';
import { RoomControl } from './RoomControl';

const PROMPT = 'Hur väl känner du till diskrimineringsgrunderna?';
const openQuestion = { name: `Öppna frågan ”${PROMPT}”` };
const closeQuestion = { name: `Stäng frågan ”${PROMPT}”` };

function renderRoom(r: LiveRoom) {
  mockApi({ 'GET /api/v1/live/rooms/7': r });
  return renderWithProviders(<RoomControl roomId={7} />);
}

describe('RoomControl: what the room’s and the questions’ allowed_actions offer', () => {
  it('offers opening a question and ending the session while the server lists them', async () => {
    renderRoom(
      room({
        current_question_id: null,
        questions: [question({ state: 'pending', allowed_actions: ['live-question:open'] })],
      }),
    );
    expect(await screen.findByRole('button', openQuestion)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Avsluta passet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', closeQuestion)).not.toBeInTheDocument();
  });

  it('offers opening a question only when both the room and the question allow it', async () => {
    const pending = question({ state: 'pending', allowed_actions: ['live-question:open'] });
    const { unmount } = renderRoom(
      room({ questions: [pending], allowed_actions: ['live-room:close'] }),
    );
    expect(await screen.findByRole('button', { name: 'Avsluta passet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', openQuestion)).not.toBeInTheDocument();
    unmount();

    renderRoom(room({ questions: [question({ state: 'pending', allowed_actions: [] })] }));
    expect(await screen.findByRole('button', { name: 'Avsluta passet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', openQuestion)).not.toBeInTheDocument();
  });

  it('offers closing a question by live-question:close', async () => {
    const { unmount } = renderRoom(room());
    expect(await screen.findByRole('button', closeQuestion)).toBeInTheDocument();
    unmount();

    renderRoom(room({ questions: [question({ allowed_actions: [] })] }));
    expect(await screen.findByRole('button', { name: 'Avsluta passet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', closeQuestion)).not.toBeInTheDocument();
  });

  it('offers ending the session only by live-room:close', async () => {
    renderRoom(room({ allowed_actions: ['live-room:open_question'] }));
    expect(await screen.findByRole('button', closeQuestion)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Avsluta passet' })).not.toBeInTheDocument();
  });

  it('offers showing a question and adding one by the room’s actions', async () => {
    const shown = question({ id: 12, state: 'closed', allowed_actions: [] });
    const { unmount } = renderRoom(room({ questions: [question(), shown] }));
    expect(
      await screen.findByRole('button', { name: `Visa ”${PROMPT}” på projektorn` }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Lägg till fråga' })).toBeInTheDocument();
    unmount();

    renderRoom(room({ questions: [question(), shown], allowed_actions: ['live-room:close'] }));
    expect(await screen.findByRole('button', { name: 'Avsluta passet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /på projektorn$/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Lägg till fråga' })).not.toBeInTheDocument();
  });

  it('says an ended session is ended, and offers opening it again by live-room:reopen', async () => {
    const ended: Partial<LiveRoom> = {
      status: 'closed',
      questions: [question({ state: 'closed', allowed_actions: ['live-question:open'] })],
    };
    const { unmount } = renderRoom(room({ ...ended, allowed_actions: ['live-room:reopen'] }));
    expect(await screen.findByTestId('room-closed')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öppna passet igen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Avsluta passet' })).not.toBeInTheDocument();
    // The room takes no answers: the question's own action is not enough.
    expect(screen.queryByRole('button', openQuestion)).not.toBeInTheDocument();
    unmount();

    renderRoom(room({ ...ended, allowed_actions: [] }));
    expect(await screen.findByTestId('room-closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Öppna passet igen' })).not.toBeInTheDocument();
  });
});
