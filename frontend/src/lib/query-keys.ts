/**
 * Query keys shared by the features of the certification cycle. Everything about one certification
 * lives under `certificationKey(id)`, so a change that affects several features (approving a plan
 * issues a certificate and changes the status) invalidates them all with one prefix.
 */
export const CERTIFICATIONS_KEY = ['certifications'] as const;
export const certificationListKey = (params: object = {}) =>
  ['certifications', 'list', params] as const;
export const certificationKey = (id: number) => ['certifications', 'detail', id] as const;
export const certificationPartKey = (id: number, ...part: (string | number)[]) =>
  ['certifications', 'detail', id, ...part] as const;
