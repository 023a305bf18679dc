/** The PDF of a certificate in Swedish or English (same origin: the session cookie goes along). */
export function certificatePdfUrl(certificateId: number, lang: 'sv' | 'en'): string {
  return `/api/v1/certificates/${encodeURIComponent(certificateId)}/pdf?lang=${lang}`;
}

/** The SPA's verification page for a number (the QR code on the PDF points there too). */
export function verifyPath(number: string): string {
  return `/verify/${encodeURIComponent(number)}`;
}
