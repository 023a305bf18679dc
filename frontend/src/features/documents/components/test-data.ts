import type {
  DocumentAction,
  DocumentFinding,
  DocumentList,
  PassageComment,
  Version,
} from '../api/types';

/** Test data of the document review; offsets are code points, as the server sends them. */

const cp = (s: string) => Array.from(s).length;

/** The blocks of `parts` joined by "\n\n", as the server's extraction does. */
export function blocksOf(parts: readonly [kind: string, text: string][]) {
  let at = 0;
  const blocks = parts.map(([kind, text], i) => {
    if (i > 0) at += 2;
    const block = { kind, start: at, end: at + cp(text), page: null, anchor: `p${i}` };
    at += cp(text);
    return block;
  });
  return { text: parts.map(([, text]) => text).join('\n\n'), blocks };
}

export const PARTS: [string, string][] = [
  ['heading', 'Rekrytering 👋'],
  ['paragraph', 'Vi söker en brandman 🚒 till stationen.'],
  ['list_item', 'Du är ung och dynamisk.'],
  ['list_item', 'Du har körkort.'],
  ['paragraph', 'Handikapptoaletten finns på plan 2.'],
];

export const { text: TEXT, blocks: BLOCKS } = blocksOf(PARTS);

/** A finding of `word` (its first occurrence from `from`) with code-point offsets. */
export function findingOf(
  id: number,
  word: string,
  extra: Partial<DocumentFinding> = {},
  text = TEXT,
): DocumentFinding {
  const at = text.indexOf(word);
  const start = cp(text.slice(0, at));
  return {
    id,
    rule_id: 'rule',
    ground: 'sex',
    severity: 'consider',
    start,
    end: start + cp(word),
    text: word,
    term: word.toLowerCase(),
    kept_term: word.toLowerCase(),
    suggestions: [],
    advice: [],
    explanation: 'En förklaring.',
    source: 'Språkrådet',
    status: 'open',
    note: '',
    chosen_suggestion: null,
    decided_at: null,
    carried: false,
    ...extra,
  };
}

export function commentOf(id: number, quote: string, body: string): PassageComment {
  const at = TEXT.indexOf(quote);
  const start = cp(TEXT.slice(0, at));
  return {
    id,
    start,
    end: start + cp(quote),
    quote,
    body,
    author_name: 'Tove Utbildare',
    created_at: '2026-03-02T10:00:00Z',
  };
}

export const FINDINGS: DocumentFinding[] = [
  findingOf(11, 'brandman', {
    rule_id: 'sex.man-compound',
    term: 'man',
    suggestions: ['brandperson', 'brandarbetare'],
    advice: ['en yrkesbenämning utan kön'],
  }),
  findingOf(12, 'ung och dynamisk', {
    rule_id: 'age.ungt-team',
    ground: 'age',
    severity: 'avoid',
    suggestions: ['ett engagerat team'],
    advice: ['beskriv arbetsuppgifterna och kraven'],
  }),
  findingOf(13, 'Handikapptoaletten', {
    rule_id: 'disability.handikapptoalett',
    ground: 'disability',
    severity: 'avoid',
    term: 'handikapptoaletten',
    suggestions: ['tillgänglig toalett'],
  }),
];

export const REVIEWER_ACTIONS: DocumentAction[] = [
  'read',
  'review',
  'finish_review',
  'manage_settings',
];

export function versionOf(extra: Partial<Version> = {}): Version {
  const findings = extra.findings ?? FINDINGS;
  const count = (status: string) => findings.filter((f) => f.status === status).length;
  return {
    id: 7,
    document_id: 3,
    document_title: 'Rekryteringspolicy',
    number: 1,
    file_name: 'policy.docx',
    format: 'docx',
    status: 'awaiting_review',
    uploaded_at: '2026-03-01T09:00:00Z',
    reviewed_at: null,
    review_summary: '',
    text: TEXT,
    blocks: BLOCKS,
    findings,
    comments: [],
    settings: {
      non_binary: false,
      disabled_groups: ['religion'],
      accepted_terms: [{ term: 'ombudsman', reason: 'Titel i kollektivavtalet' }],
      rules: 192,
    },
    counts: {
      by_status: {
        open: count('open'),
        accepted: count('accepted'),
        dismissed: count('dismissed'),
      },
      by_ground: {},
      resolved: 0,
    },
    allowed_actions: REVIEWER_ACTIONS,
    ...extra,
  };
}

export const DOCUMENT = {
  id: 3,
  certification_id: 5,
  organisation_id: 2,
  title: 'Rekryteringspolicy',
  kind: 'policy' as const,
  current_version: 1,
  versions: [
    {
      id: 7,
      number: 1,
      file_name: 'policy.docx',
      format: 'docx',
      size: 12000,
      words: 30,
      status: 'awaiting_review' as const,
      uploaded_at: '2026-03-01T09:00:00Z',
      reviewed_at: null,
      counts: {
        by_status: { open: 3, accepted: 0, dismissed: 0 },
        by_ground: {},
        resolved: 0,
      },
    },
  ],
  allowed_actions: REVIEWER_ACTIONS,
};

export function listOf(extra: Partial<DocumentList> = {}): DocumentList {
  const counts = {
    by_status: { open: 1, accepted: 2, dismissed: 1 },
    by_ground: {
      age: { open: 0, accepted: 1, dismissed: 1 },
      sex: { open: 1, accepted: 1, dismissed: 0 },
    },
    resolved: 2,
  };
  return {
    items: [
      {
        id: 3,
        title: 'Rekryteringspolicy',
        kind: 'policy',
        current_version: 2,
        current_version_id: 8,
        file_name: 'policy-v2.docx',
        status: 'in_review',
        uploaded_at: '2026-03-01T09:00:00Z',
        counts,
        allowed_actions: ['read', 'upload'],
      },
    ],
    allowed_actions: ['read', 'upload'],
    totals: counts,
    ...extra,
  };
}
