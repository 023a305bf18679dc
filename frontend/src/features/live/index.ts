// Public surface of the live feature (rooms, projector, question bank, workshop input), for routes.
export { LiveRoomButton } from './components/LiveRoomButton';
export { Projector } from './components/Projector';
export { QuestionBank } from './components/QuestionBank';
export { RoomControl } from './components/RoomControl';
export { WorkshopInputs } from './components/WorkshopInputs';
