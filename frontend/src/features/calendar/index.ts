// Public surface of the calendar feature (month view, subscription), for routes.
export { CalendarFeed } from './components/CalendarFeed';
export { CalendarView } from './components/CalendarView';
