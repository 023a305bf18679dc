// Public surface of the training feature (training days, agenda, workshops), for routes.
export { AgendaTemplates, CertificationAgenda } from './components/CertificationAgenda';
export { DayPlanner } from './components/DayPlanner';
export { SessionsSection } from './components/SessionsSection';
export { UpcomingTrainingDays } from './components/UpcomingTrainingDays';
