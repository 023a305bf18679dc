import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, unwrap } from '@/lib/api';
import {
  certificationPartKey,
  DOCUMENTS_KEY,
  documentKey,
  documentVersionKey,
  languageSettingsKey,
} from '@/lib/query-keys';
import type {
  AcceptedTermCreate,
  CommentCreate,
  Decision,
  DocumentFinding,
  DocumentKind,
  LanguageSettingsUpdate,
  Locale,
  PassageComment,
  PastedDocument,
  ReviewCounts,
  Version,
} from './types';

/** The language of texts the server words (explanations, report, reviewed DOCX). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'sv';
}

const documentsKey = (certificationId: number) =>
  certificationPartKey(certificationId, 'documents');

export const documentsQueryOptions = (certificationId: number) =>
  queryOptions({
    queryKey: documentsKey(certificationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/certifications/{certification_id}/documents', {
          params: { path: { certification_id: certificationId } },
        }),
      ),
  });

/** A certification's documents, each at its current version, with counts and allowed actions. */
export function useDocuments(certificationId: number) {
  return useQuery(documentsQueryOptions(certificationId));
}

/** A document with its versions (for the version list and the comparison). */
export function useDocument(documentId: number | undefined) {
  return useQuery({
    queryKey: documentKey(documentId ?? 0),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/documents/{document_id}', {
          params: { path: { document_id: documentId ?? 0 } },
        }),
      ),
    enabled: documentId !== undefined,
  });
}

/** One version: its text, blocks, findings (explained in the UI's language), comments. */
export function useVersion(versionId: number) {
  const locale = useLocale();
  return useQuery({
    queryKey: documentVersionKey(versionId, locale),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/document-versions/{version_id}', {
          params: { path: { version_id: versionId }, query: { locale } },
        }),
      ),
  });
}

/** Findings resolved, new and remaining between two version numbers of a document. */
export function useComparison(documentId: number, from: number | null, to: number | null) {
  const locale = useLocale();
  return useQuery({
    queryKey: [...documentKey(documentId), 'compare', from, to, locale],
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/documents/{document_id}/compare', {
          params: {
            path: { document_id: documentId },
            query: { from_version: from ?? 0, to_version: to ?? 0, locale },
          },
        }),
      ),
    enabled: from !== null && to !== null && from !== to,
  });
}

/** After an upload, a decision or a finished review: the lists and the document are read again. */
function useRefreshLists(certificationId: number) {
  const queryClient = useQueryClient();
  return (documentId?: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: documentsKey(certificationId) }),
      documentId !== undefined
        ? queryClient.invalidateQueries({ queryKey: documentKey(documentId) })
        : undefined,
    ]);
}

function multipart(form: FormData) {
  // The browser sets the boundary; openapi-fetch passes FormData through.
  return { bodySerializer: (body: unknown) => body as FormData, body: form as never };
}

export interface NewDocument {
  file: File;
  title: string;
  kind: DocumentKind;
}

/** Uploads a document: the server reads and checks it before answering (seconds for a long one). */
export function useUploadDocument(certificationId: number) {
  const refresh = useRefreshLists(certificationId);
  return useMutation({
    mutationFn: ({ file, title, kind }: NewDocument) => {
      const form = new FormData();
      form.append('file', file, file.name);
      form.append('title', title);
      form.append('kind', kind);
      return unwrap(
        client.POST('/api/v1/certifications/{certification_id}/documents', {
          params: { path: { certification_id: certificationId } },
          ...multipart(form),
        }),
      );
    },
    onSuccess: (version) => refresh(version.document_id),
  });
}

export function usePasteDocument(certificationId: number) {
  const refresh = useRefreshLists(certificationId);
  return useMutation({
    mutationFn: (body: PastedDocument) =>
      unwrap(
        client.POST('/api/v1/certifications/{certification_id}/documents/pasted', {
          params: { path: { certification_id: certificationId } },
          body,
        }),
      ),
    onSuccess: (version) => refresh(version.document_id),
  });
}

/** A new version of a document; decisions on findings that still occur are carried forward. */
export function useUploadVersion(certificationId: number, documentId: number) {
  const refresh = useRefreshLists(certificationId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return unwrap(
        client.POST('/api/v1/documents/{document_id}/versions', {
          params: { path: { document_id: documentId } },
          ...multipart(form),
        }),
      );
    },
    onSuccess: async () => {
      // The previous version is superseded now: whatever was cached of it is stale.
      await queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, 'versions'] });
      await refresh(documentId);
    },
  });
}

/** Counts by status and ground, as the server counts them, after a decision taken here. */
export function recount(findings: readonly DocumentFinding[], resolved: number): ReviewCounts {
  const zero = () => ({ open: 0, accepted: 0, dismissed: 0 });
  const counts: ReviewCounts = { by_status: zero(), by_ground: {}, resolved };
  for (const f of findings) {
    counts.by_status[f.status] += 1;
    const ground = counts.by_ground[f.ground] ?? zero();
    ground[f.status] += 1;
    counts.by_ground[f.ground] = ground;
  }
  return counts;
}

/** The version in every cached language, changed by `update` (a decision, a comment). */
function useUpdateVersion(versionId: number) {
  const queryClient = useQueryClient();
  return (update: (version: Version) => Version) =>
    queryClient.setQueriesData<Version>({ queryKey: documentVersionKey(versionId) }, (old) =>
      old ? update(old) : old,
    );
}

/** The review moves on from "awaiting review" with the first decision or comment. */
const started = (status: Version['status']): Version['status'] =>
  status === 'awaiting_review' ? 'in_review' : status;

export interface DecisionInput extends Decision {
  findingId: number;
}

/**
 * Accepts, dismisses or reopens a finding. The answer is merged into the cached version (its
 * explanation stays in the UI's language; the server words the answer in Swedish), the counts are
 * recomputed, and the lists are read again.
 */
export function useDecide(certificationId: number, version: Pick<Version, 'id' | 'document_id'>) {
  const update = useUpdateVersion(version.id);
  const refresh = useRefreshLists(certificationId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ findingId, ...body }: DecisionInput) =>
      unwrap(
        client.POST('/api/v1/document-findings/{finding_id}/decision', {
          params: { path: { finding_id: findingId } },
          body,
        }),
      ),
    onSuccess: async (finding, input) => {
      update((old) => {
        const findings = old.findings.map((f) =>
          f.id === finding.id
            ? {
                ...f,
                status: finding.status,
                note: finding.note,
                chosen_suggestion: finding.chosen_suggestion,
                decided_at: finding.decided_at,
              }
            : f,
        );
        return {
          ...old,
          status: started(old.status),
          findings,
          counts: recount(findings, old.counts.resolved),
        };
      });
      if (input.accept_term) {
        await queryClient.invalidateQueries({ queryKey: ['language-settings'] });
      }
      await refresh(version.document_id);
    },
  });
}

export function useComment(certificationId: number, version: Pick<Version, 'id' | 'document_id'>) {
  const update = useUpdateVersion(version.id);
  const refresh = useRefreshLists(certificationId);
  return useMutation({
    mutationFn: (body: CommentCreate) =>
      unwrap(
        client.POST('/api/v1/document-versions/{version_id}/comments', {
          params: { path: { version_id: version.id } },
          body,
        }),
      ),
    onSuccess: async (comment: PassageComment) => {
      update((old) => ({
        ...old,
        status: started(old.status),
        comments: [...old.comments, comment].sort((a, b) => a.start - b.start || a.id - b.id),
      }));
      await refresh(version.document_id);
    },
  });
}

/** Finishing or reopening answers with the version in Swedish: it is read again in the UI's. */
function useReviewStep(
  certificationId: number,
  version: Pick<Version, 'id' | 'document_id'>,
  step: (versionId: number, summary: string) => Promise<Version>,
) {
  const refresh = useRefreshLists(certificationId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (summary: string) => step(version.id, summary),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: documentVersionKey(version.id) });
      await refresh(version.document_id);
    },
  });
}

export function useFinishReview(
  certificationId: number,
  version: Pick<Version, 'id' | 'document_id'>,
) {
  return useReviewStep(certificationId, version, (id, summary) =>
    unwrap(
      client.POST('/api/v1/document-versions/{version_id}/finish', {
        params: { path: { version_id: id } },
        body: { summary },
      }),
    ),
  );
}

export function useReopenReview(
  certificationId: number,
  version: Pick<Version, 'id' | 'document_id'>,
) {
  return useReviewStep(certificationId, version, (id) =>
    unwrap(
      client.POST('/api/v1/document-versions/{version_id}/reopen', {
        params: { path: { version_id: id } },
      }),
    ),
  );
}

export function useLanguageSettings(organisationId: number) {
  return useQuery({
    queryKey: languageSettingsKey(organisationId),
    queryFn: () =>
      unwrap(
        client.GET('/api/v1/organisations/{organisation_id}/language-settings', {
          params: { path: { organisation_id: organisationId } },
        }),
      ),
  });
}

export function useSaveLanguageSettings(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LanguageSettingsUpdate) =>
      unwrap(
        client.PUT('/api/v1/organisations/{organisation_id}/language-settings', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: (settings) =>
      queryClient.setQueryData(languageSettingsKey(organisationId), settings),
  });
}

export function useAddAcceptedTerm(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptedTermCreate) =>
      unwrap(
        client.POST('/api/v1/organisations/{organisation_id}/accepted-terms', {
          params: { path: { organisation_id: organisationId } },
          body,
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: languageSettingsKey(organisationId) }),
  });
}

export function useRemoveAcceptedTerm(organisationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (termId: number) =>
      unwrap(
        client.DELETE('/api/v1/accepted-terms/{term_id}', {
          params: { path: { term_id: termId } },
        }),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: languageSettingsKey(organisationId) }),
  });
}

// Downloads: same origin, so the session cookie goes along.
const q = (locale: Locale) => `?locale=${encodeURIComponent(locale)}`;
export const originalUrl = (versionId: number) =>
  `/api/v1/document-versions/${encodeURIComponent(versionId)}/original`;
export const reviewedDocxUrl = (versionId: number, locale: Locale) =>
  `/api/v1/document-versions/${encodeURIComponent(versionId)}/reviewed.docx${q(locale)}`;
export const versionReportUrl = (versionId: number, locale: Locale) =>
  `/api/v1/document-versions/${encodeURIComponent(versionId)}/report.pdf${q(locale)}`;
export const certificationReportUrl = (certificationId: number, locale: Locale) =>
  `/api/v1/certifications/${encodeURIComponent(certificationId)}/documents/report.pdf${q(locale)}`;
