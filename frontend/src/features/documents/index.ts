// Public surface of the document review feature (documents, their review, language settings).

export { DocumentReviewSummary } from './components/DocumentReviewSummary';
export { DocumentsSection } from './components/DocumentsSection';
