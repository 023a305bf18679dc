// Public surface of the document review feature (documents, their review, language settings).
export { DocumentsSection } from './components/DocumentsSection';
