import type { LiveQuestion, LiveRoom } from '../api/types';

export function question(overrides: Partial<LiveQuestion> = {}): LiveQuestion {
  return {
    id: 11,
    purpose: 'exercise',
    moment: 2,
    position: 0,
    kind: 'scale',
    prompt: 'Hur väl känner du till diskrimineringsgrunderna?',
    options: [],
    state: 'open',
    show_results: true,
    version: 1,
    answer_count: 0,
    skip_count: 0,
    results: null,
    // A runner's, for an open question.
    allowed_actions: ['live-question:close'],
    ...overrides,
  };
}

export function room(overrides: Partial<LiveRoom> = {}): LiveRoom {
  return {
    id: 7,
    training_day_id: 3,
    certification_id: 1,
    organisation_name: 'Föreningen Lika Villkor',
    date: '2026-03-02',
    moments: [1, 2],
    join_code: 'KX7PQ2',
    join_url: 'https://jamlik.example/delta/KX7PQ2',
    status: 'open',
    current_question_id: 11,
    min_answers: 5,
    evaluation: {
      code: 'EV1234567',
      url: 'https://jamlik.example/delta/utvardering/EV1234567',
      open: false,
      closes_at: null,
    },
    questions: [question()],
    // A runner's, for an open room.
    allowed_actions: [
      'live-room:open_question',
      'live-room:show_question',
      'live-room:add_question',
      'live-room:close',
    ],
    ...overrides,
  };
}
