// Public surface of the certifications feature, for routes.
export { certificationQueryOptions, useCertification } from './api/get-certification';
export type { Certification, CertificationStatus } from './api/types';
export { CERTIFICATION_STATUSES } from './api/types';
export { CertificationOverview } from './components/CertificationOverview';
export { CertificationsByStage } from './components/CertificationsByStage';
export { CertificationsList } from './components/CertificationsList';
export { CertificationStatusBadge } from './components/labels';
export { OpenCertificationForm } from './components/OpenCertificationForm';
export { PreviousCycleLink } from './components/PreviousCycleLink';
