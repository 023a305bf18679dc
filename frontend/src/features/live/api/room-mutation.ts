import { type UseMutationOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api';
import { liveRoomKey } from '@/lib/query-keys';
import { storeRoom } from './room-stream';
import type { LiveRoom } from './types';

/** Every answer from the server is the whole room: it becomes the cached state at once. */
export function useSetRoom() {
  const queryClient = useQueryClient();
  return (room: LiveRoom) => storeRoom(queryClient, room);
}

/** A mutation whose answer is the room; on a conflict the room is read again. */
export function useRoomMutation<V>(
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

/** Adding and removing questions do not answer with the room: it is read again. */
export function useInvalidateRoom(roomId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: liveRoomKey(roomId) });
}
