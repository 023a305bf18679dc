// Public surface of the certificates feature, for routes.
export { CertificateCard } from './components/CertificateCard';
export { VerifyForm, VerifyResult } from './components/VerifyCertificate';
