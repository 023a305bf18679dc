import type { ApiResponse } from '@/lib/api';

export type Certificate = ApiResponse<
  '/api/v1/certifications/{certification_id}/certificate',
  'get'
>;
export type PublicCertificate = ApiResponse<'/api/v1/public/certificates/{number}', 'get'>;
export type CertificateStatus = PublicCertificate['status'];
