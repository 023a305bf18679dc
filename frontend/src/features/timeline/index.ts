// Public surface of the timeline feature (the whole certification cycle), for routes.
export { CycleTimeline } from './components/CycleTimeline';
