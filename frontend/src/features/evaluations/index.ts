// Public surface of the evaluations feature (results across training days), for routes.
export type { EvaluationFilters } from './api/types';
export { EvaluationResultsView } from './components/EvaluationResults';
