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

/** The organisation list and the user list (admins), by their filters and page. */
export const organisationListKey = (params: object = {}) =>
  ['organisations', 'list', params] as const;
export const userListKey = (params: object = {}) => ['users', 'list', params] as const;

/**
 * Follow-ups across certifications (the trainer's and auditor's lists, one follow-up). A
 * certification's own list lives under `certificationPartKey(id, 'follow-ups')`, so a change to a
 * follow-up refreshes both prefixes.
 */
export const FOLLOW_UPS_KEY = ['follow-ups'] as const;
export const followUpKey = (id: number) => ['follow-ups', 'detail', id] as const;

/** Re-certification: the auditor's lists and single reviews. */
export const RECERTIFICATION_KEY = ['recertification'] as const;

/** Everything shown in calendars (the calendar view, .ics feeds are not cached). */
export const CALENDAR_KEY = ['calendar'] as const;

/** The user's notifications and the unread count of the bell. */
export const NOTIFICATIONS_KEY = ['notifications'] as const;

/**
 * Live exercises: one room's state (the control page, the projector and the SSE stream all write
 * here) and the room of a training day (`null` while none was opened).
 */
export const LIVE_KEY = ['live'] as const;
export const liveRoomKey = (roomId: number) => ['live', 'rooms', roomId] as const;
export const dayLiveRoomKey = (dayId: number) => ['live', 'days', dayId] as const;

/** The question bank (admins), by purpose. */
export const QUESTION_TEMPLATES_KEY = ['question-templates'] as const;

/** Evaluation results across days, keyed by their filters. */
export const EVALUATION_RESULTS_KEY = ['evaluation-results'] as const;

/** The server's settings and rules (`GET /settings`), read once. */
export const SETTINGS_KEY = ['settings'] as const;

/** Findings of the inclusive-language checker, keyed by locale and text. */
export const LANGUAGE_CHECK_KEY = ['language-check'] as const;

/**
 * The document review: documents and versions by id (a certification's list lives under
 * `certificationPartKey(id, 'documents')`), and an organisation's language settings.
 */
export const DOCUMENTS_KEY = ['documents'] as const;
export const documentKey = (id: number) => ['documents', 'detail', id] as const;
export const documentVersionKey = (id: number, locale?: string) =>
  locale === undefined
    ? (['documents', 'versions', id] as const)
    : (['documents', 'versions', id, locale] as const);
export const languageSettingsKey = (organisationId: number) =>
  ['language-settings', organisationId] as const;
