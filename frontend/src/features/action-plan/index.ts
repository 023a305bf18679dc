// Public surface of the action-plan feature, for routes.
export { ActionPlan } from './components/ActionPlan';
export { PlanHistory } from './components/PlanHistory';
