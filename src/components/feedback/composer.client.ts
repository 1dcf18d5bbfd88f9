/**
 * The feedback composer in the browser: shows the form, presets the section
 * from ?section=NN, keeps the mailto: link and the printable letter in step
 * with what the reader types. All wording and URL building is in
 * src/lib/feedback/compose.ts; nothing here sends anything anywhere.
 */
import { cleanText, composeMail, letterDate, sectionFromQuery, sectionLabel, type LetterLabels } from '../../lib/feedback/compose.ts';

interface Config {
  email: string;
  envelopeNote: string;
  labels: LetterLabels;
  tooLongStatus: string;
}

const root = document.querySelector<HTMLElement>('[data-composer]');
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const letterField = (name: string) => document.querySelector<HTMLElement>(`[data-letter-field="${name}"]`);

if (root) {
  const config = JSON.parse(root.dataset['composer'] ?? '{}') as Config;
  const select = byId<HTMLSelectElement>('fb-section');
  const opinion = byId<HTMLTextAreaElement>('fb-opinion');
  const name = byId<HTMLInputElement>('fb-name');
  const reply = byId<HTMLInputElement>('fb-reply');
  const send = byId<HTMLAnchorElement>('fb-send');
  const error = byId('fb-opinion-error');
  const status = byId('fb-status');
  let wasTooLong = false;

  const preset = sectionFromQuery(location.search, [...select.options].map((o) => Number(o.value)).filter(Boolean));
  if (preset !== undefined) select.value = String(preset);
  root.hidden = false;

  const setText = (field: string, text: string) => {
    const el = letterField(field);
    if (el) el.textContent = text;
  };

  const update = () => {
    const option = select.selectedOptions[0];
    const section = option?.value ? { number: Number(option.value), title: option.dataset['title'] ?? '' } : undefined;
    const mail = composeMail({ section, opinion: opinion.value, name: name.value, reply: reply.value }, config, config.labels);
    send.href = mail.href;
    byId('fb-send-box').hidden = mail.tooLong;
    byId('fb-too-long').hidden = !mail.tooLong;
    byId('fb-copy').dataset['copy'] = `${mail.subject}\n\n${mail.body}`;
    const openMail = byId<HTMLAnchorElement>('fb-open-mail');
    openMail.href = mail.subjectOnlyHref;
    openMail.hidden = !mail.tooLong;
    if (mail.tooLong !== wasTooLong) status.textContent = mail.tooLong ? config.tooLongStatus : '';
    wasTooLong = mail.tooLong;

    const text = cleanText(opinion.value);
    setText('about', sectionLabel(section, config.labels));
    setText('opinion', text);
    setText('name', cleanText(name.value));
    setText('reply', cleanText(reply.value));
    const lines = letterField('lines');
    if (lines) lines.hidden = text !== '';
  };

  const showError = (show: boolean) => {
    error.hidden = !show;
    opinion.setAttribute('aria-describedby', show ? 'fb-opinion-error fb-opinion-hint' : 'fb-opinion-hint');
    if (show) opinion.setAttribute('aria-invalid', 'true');
    else opinion.removeAttribute('aria-invalid');
  };

  root.addEventListener('input', update);
  root.addEventListener('change', update);
  opinion.addEventListener('input', () => showError(false));
  send.addEventListener('click', (event) => {
    if (cleanText(opinion.value) !== '') return;
    event.preventDefault();
    showError(true);
    opinion.focus();
  });
  // The date is the day the letter is printed, however it is printed.
  addEventListener('beforeprint', () => {
    update();
    setText('date', letterDate(new Date()));
  });
  byId('fb-print').addEventListener('click', () => print());
  setText('date', letterDate(new Date()));
  update();
}
