import { queryOptions, useQuery } from '@tanstack/react-query';
import { client, isApiError, unwrap } from '@/lib/api';
import { dayLiveRoomKey } from '@/lib/query-keys';
import type { LiveRoom } from './types';

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
