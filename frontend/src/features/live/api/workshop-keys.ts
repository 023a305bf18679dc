import { certificationPartKey } from '@/lib/query-keys';

/** Everything about one workshop's input lives under its session, within the certification. */
export const sessionKey = (certificationId: number, sessionId: number) =>
  certificationPartKey(certificationId, 'sessions', sessionId);
export const inputsKey = (certificationId: number, sessionId: number) =>
  [...sessionKey(certificationId, sessionId), 'exercise-results'] as const;
export const candidatesKey = (certificationId: number, sessionId: number) =>
  [...sessionKey(certificationId, sessionId), 'exercise-candidates'] as const;
