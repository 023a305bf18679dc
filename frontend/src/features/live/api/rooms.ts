import {
  queryOptions,
  type UseMutationOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { dayLiveRoomKey, liveRoomKey } from '@/lib/query-keys';
import type { LiveQuestionCreate, LiveQuestionUpdate, LiveRoom } from './types';

export const liveRoomQueryOptions = (roomId: number) =>
  queryOptions({
    queryKey: liveRoomKey(roomId),
    queryFn: async (): Promise<LiveRoom> =>
      unwrap(
        client.GET('/api/v1/live/rooms/{room_id}', {
          params: { path: { room_id: roomId } },
        }),
      ),
  });

/** The room's state; the SSE stream (`useRoomEvents`) keeps it current while the page is open. */
export function useLiveRoom(roomId: number) {
  return useQuery(liveRoomQueryOptions(roomId));
}

/** The room of a training day, or null while none was opened (the API answers 404). */
export const dayLiveRoomQueryOptions = (dayId: number) =>
  queryOptions({
    queryKey: dayLiveRoomKey(dayId),
    queryFn: async (): Promise<LiveRoom | null> => {
      try {
        return await unwrap(
          client.GET('/api/v1/training-days/{day_id}/live-room', {
            params: { path: { day_id: dayId } },
          }),
        );
      } catch (error) {
        if (isApiError(error, 404)) return null;
        throw error;
      }
    },
  });

export function useDayLiveRoom(dayId: number, enabled = true) {
  return useQuery({ ...dayLiveRoomQueryOptions(dayId), enabled });
}

/** Every answer from the server is the whole room: it becomes the cached state at once. */
function useSetRoom() {
  const queryClient = useQueryClient();
  return (room: LiveRoom) => {
    queryClient.setQueryData(liveRoomKey(room.id), room);
    queryClient.setQueryData(dayLiveRoomKey(room.training_day_id), room);
  };
}

export function useOpenLiveRoom() {
  const setRoom = useSetRoom();
  return useMutation({
    mutationFn: (dayId: number): Promise<LiveRoom> =>
      unwrap(
        client.POST('/api/v1/training-days/{day_id}/live-room', {
          params: { path: { day_id: dayId } },
        }),
      ),
    onSuccess: setRoom,
  });
}

/** A mutation whose answer is the room; on a conflict the room is read again. */
function useRoomMutation<V>(
  roomId: number,
  mutationFn: (variables: V) => Promise<LiveRoom>,
): ReturnType<typeof useMutation<LiveRoom, Error, V>> {
  const setRoom = useSetRoom();
  const queryClient = useQueryClient();
  const options: UseMutationOptions<LiveRoom, Error, V> = {
    mutationFn,
    onSuccess: setRoom,
    onError: (error) => {
      if (isApiError(error, 409)) {
        void queryClient.invalidateQueries({ queryKey: liveRoomKey(roomId) });
      }
    },
  };
  return useMutation(options);
}

export function useOpenQuestion(roomId: number) {
  return useRoomMutation(roomId, (questionId: number) =>
    unwrap(
      client.POST('/api/v1/live/questions/{question_id}/open', {
        params: { path: { question_id: questionId } },
      }),
    ),
  );
}

export function useCloseQuestion(roomId: number) {
  return useRoomMutation(roomId, (questionId: number) =>
    unwrap(
      client.POST('/api/v1/live/questions/{question_id}/close', {
        params: { path: { question_id: questionId } },
      }),
    ),
  );
}

export function useShowQuestion(roomId: number) {
  return useRoomMutation(roomId, (questionId: number) =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/show', {
        params: { path: { room_id: roomId } },
        body: { question_id: questionId },
      }),
    ),
  );
}

export function useResultsVisibility(roomId: number) {
  return useRoomMutation(roomId, ({ questionId, show }: { questionId: number; show: boolean }) =>
    unwrap(
      client.POST('/api/v1/live/questions/{question_id}/results-visibility', {
        params: { path: { question_id: questionId } },
        body: { show },
      }),
    ),
  );
}

/** Hide a free-text answer of a question from the projector, or show it again. */
export function useAnswerVisibility(roomId: number) {
  return useRoomMutation(
    roomId,
    ({ questionId, answerId, hidden }: { questionId: number; answerId: string; hidden: boolean }) =>
      unwrap(
        client.POST('/api/v1/live/questions/{question_id}/texts/{text_id}/visibility', {
          params: { path: { question_id: questionId, text_id: answerId } },
          body: { hidden },
        }),
      ),
  );
}

export function useEvaluationToggle(roomId: number) {
  return useRoomMutation(roomId, (open: boolean) =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/evaluation', {
        params: { path: { room_id: roomId } },
        body: { open },
      }),
    ),
  );
}

export function useCloseRoom(roomId: number) {
  return useRoomMutation(roomId, () =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/close', {
        params: { path: { room_id: roomId } },
      }),
    ),
  );
}

/** Opens an ended session again; no question reopens by itself. */
export function useReopenRoom(roomId: number) {
  return useRoomMutation(roomId, () =>
    unwrap(
      client.POST('/api/v1/live/rooms/{room_id}/reopen', {
        params: { path: { room_id: roomId } },
      }),
    ),
  );
}

/** Adding and removing questions do not answer with the room: it is read again. */
function useInvalidateRoom(roomId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: liveRoomKey(roomId) });
}

export function useAddQuestion(roomId: number) {
  const invalidate = useInvalidateRoom(roomId);
  return useMutation({
    mutationFn: (body: LiveQuestionCreate) =>
      unwrap(
        client.POST('/api/v1/live/rooms/{room_id}/questions', {
          params: { path: { room_id: roomId } },
          body,
        }),
      ),
    onSuccess: invalidate,
  });
}

/** A change answers with the room; a 409 (changed meanwhile, or answered) reads it again. */
export function useUpdateQuestion(roomId: number) {
  return useRoomMutation(
    roomId,
    ({ questionId, ...body }: LiveQuestionUpdate & { questionId: number }) =>
      unwrap(
        client.PATCH('/api/v1/live/questions/{question_id}', {
          params: { path: { question_id: questionId } },
          body,
        }),
      ),
  );
}

export function useDeleteQuestion(roomId: number) {
  const invalidate = useInvalidateRoom(roomId);
  return useMutation({
    mutationFn: (questionId: number) =>
      unwrap(
        client.DELETE('/api/v1/live/questions/{question_id}', {
          params: { path: { question_id: questionId } },
        }),
      ),
    onSettled: invalidate,
  });
}
