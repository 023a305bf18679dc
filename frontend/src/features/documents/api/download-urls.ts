import type { Locale } from './types';

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
