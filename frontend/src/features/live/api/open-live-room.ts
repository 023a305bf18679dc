import { useMutation } from '@tanstack/react-query';
import { client, unwrap } from '@/lib/api';
import { useSetRoom } from './room-mutation';
import type { LiveRoom } from './types';

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
