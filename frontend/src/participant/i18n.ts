// Both languages of the participant page in one small module (no i18next: a few kB matter here).
// Swedish by default; English only when chosen with the toggle (kept in localStorage).

const sv = {
  docTitle: 'Jämlik – delta',
  otherLanguage: 'English',
  joinHeading: 'Ange koden',
  joinIntro: 'Koden visas på skärmen i rummet.',
  codeLabel: 'Kod',
  codeHint: 'Sex tecken, bokstäver och siffror.',
  join: 'Gå med',
  codeInvalid: 'Koden har sex tecken: bokstäver och siffror. Kontrollera den och försök igen.',
  notFound: 'Koden finns inte',
  notFoundText: 'Kontrollera koden på skärmen och skriv in den igen.',
  retype: 'Skriv in koden igen',
  loading: 'Laddar…',
  loadError: 'Det gick inte att nå Jämlik. Kontrollera anslutningen.',
  retry: 'Försök igen',
  reconnecting: 'Anslutningen bröts. Försöker ansluta igen…',
  anonymous: 'Anonymt och frivilligt – inget konto, inget namn sparas.',
  waiting: 'Vänta på nästa fråga',
  waitingText: 'Frågan visas här när utbildaren öppnar den.',
  // Said by the live region only: worded unlike the visible texts, which are not repeated there.
  srNewQuestion: 'En ny fråga visas.',
  srQuestionClosed: 'Utbildaren har stängt frågan.',
  srWaiting: 'Ingen fråga just nu.',
  srRoomClosed: 'Utbildaren har avslutat passet.',
  srEvaluationShown: 'Formuläret för att utvärdera dagen visas nu.',
  srOffline: 'Ingen anslutning just nu.',
  srLoadError: 'Sidan kunde inte laddas.',
  send: 'Skicka',
  skip: 'Hoppa över',
  sending: 'Skickar…',
  thanks: 'Tack! Vänta på nästa fråga.',
  questionClosed: 'Frågan är stängd',
  roomClosed: 'Passet är avslutat. Tack för att du deltog!',
  chooseOne: 'Välj ett alternativ, eller tryck på Hoppa över.',
  chooseSome: 'Välj minst ett alternativ, eller tryck på Hoppa över.',
  emptyText: 'Skriv ett svar, eller tryck på Hoppa över.',
  tooManyWords: 'Skriv högst tre ord.',
  tooLong: 'Svaret är för långt.',
  answerInvalid: 'Svaret passar inte frågan. Kontrollera det och försök igen.',
  networkError:
    'Det gick inte att skicka. Ditt svar finns kvar: kontrollera anslutningen och försök igen.',
  tooManyRequests: 'För många försök på kort tid. Vänta en stund och försök igen.',
  multipleHint: 'Välj ett eller flera.',
  wordHint: '1–3 ord, högst 40 tecken.',
  charCount: '{n} av {max} tecken',
  scaleLow: '1 = {label}',
  scaleHigh: '5 = {label}',
  clear: 'Rensa svaret',
  clearNamed: 'Rensa svaret på fråga {n}',
  cleared: 'Svaret är rensat.',
  evaluationHeading: 'Utvärdering',
  evaluationIntro: 'Alla frågor är frivilliga: lämna en fråga tom för att hoppa över den.',
  evaluationOpenUntil: 'Öppen till {date}.',
  evaluationSubmit: 'Skicka utvärderingen',
  evaluationThanks: 'Tack för din utvärdering!',
  evaluationAlready: 'Du har redan svarat – tack!',
  evaluationClosed: 'Utvärderingen är stängd',
  evaluationNotFound: 'Utvärderingen finns inte',
  evaluationFix: 'Rätta det som är markerat och skicka igen.',
};

export type MessageKey = keyof typeof sv;

const en: Record<MessageKey, string> = {
  docTitle: 'Jämlik – take part',
  otherLanguage: 'Svenska',
  joinHeading: 'Enter the code',
  joinIntro: 'The code is shown on the screen in the room.',
  codeLabel: 'Code',
  codeHint: 'Six characters, letters and digits.',
  join: 'Join',
  codeInvalid: 'The code has six characters: letters and digits. Check it and try again.',
  notFound: 'There is no such code',
  notFoundText: 'Check the code on the screen and type it again.',
  retype: 'Type the code again',
  loading: 'Loading…',
  loadError: 'Could not reach Jämlik. Check your connection.',
  retry: 'Try again',
  reconnecting: 'The connection was lost. Reconnecting…',
  anonymous: 'Anonymous and voluntary – no account, no name is stored.',
  waiting: 'Wait for the next question',
  waitingText: 'The question appears here when the trainer opens it.',
  srNewQuestion: 'A new question is shown.',
  srQuestionClosed: 'The trainer has closed the question.',
  srWaiting: 'No question right now.',
  srRoomClosed: 'The trainer has ended the session.',
  srEvaluationShown: 'The form to evaluate the day is shown now.',
  srOffline: 'No connection right now.',
  srLoadError: 'The page could not be loaded.',
  send: 'Send',
  skip: 'Skip',
  sending: 'Sending…',
  thanks: 'Thank you! Wait for the next question.',
  questionClosed: 'The question is closed',
  roomClosed: 'The session has ended. Thank you for taking part!',
  chooseOne: 'Choose an option, or press Skip.',
  chooseSome: 'Choose at least one option, or press Skip.',
  emptyText: 'Write an answer, or press Skip.',
  tooManyWords: 'Write at most three words.',
  tooLong: 'The answer is too long.',
  answerInvalid: 'The answer does not fit the question. Check it and try again.',
  networkError: 'Could not send. Your answer is still here: check your connection and try again.',
  tooManyRequests: 'Too many attempts in a short time. Wait a moment and try again.',
  multipleHint: 'Choose one or more.',
  wordHint: '1–3 words, at most 40 characters.',
  charCount: '{n} of {max} characters',
  scaleLow: '1 = {label}',
  scaleHigh: '5 = {label}',
  clear: 'Clear the answer',
  clearNamed: 'Clear the answer to question {n}',
  cleared: 'The answer is cleared.',
  evaluationHeading: 'Evaluation',
  evaluationIntro: 'Every question is voluntary: leave a question empty to skip it.',
  evaluationOpenUntil: 'Open until {date}.',
  evaluationSubmit: 'Send the evaluation',
  evaluationThanks: 'Thank you for your evaluation!',
  evaluationAlready: 'You have already answered – thank you!',
  evaluationClosed: 'The evaluation is closed',
  evaluationNotFound: 'There is no such evaluation',
  evaluationFix: 'Correct what is marked and send again.',
};

export type Lang = 'sv' | 'en';
export const dictionaries: Record<Lang, Record<MessageKey, string>> = { sv, en };

let current: Lang = 'sv';

export function setLang(lang: Lang): void {
  current = lang;
}

export function getLang(): Lang {
  return current;
}

/** The message in the current language, `{name}` replaced by `params.name`. Called `tr`, not `t`:
 * the app's i18n test collects every `t('…')` key in src/ as a key of its own dictionaries. */
export function tr(key: MessageKey, params?: Record<string, string | number>): string {
  const text = dictionaries[current][key];
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => `${params[name] ?? m}`) : text;
}
