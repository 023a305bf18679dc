// Public surface of the users feature, for routes.
export { UsersAdmin } from './components/UsersAdmin';
