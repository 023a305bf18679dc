// Entry of participant.html: the page participants open on their phones (/delta…). Plain DOM and
// own CSS, no React, Mantine or i18next: `npm run check:participant-size` keeps it small.
import './style.css';
import { start } from './app';

start();
