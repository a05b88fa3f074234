// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isCountryName, startsWithCountryName } from './country-names';
import { classifyOptions } from './options';
import { normalizeText } from './text';

// Every word of the hand-written list the browser's names replaced (normalised, as it was written):
// the behaviour kept.
const OLD_WORDS = [
  'germany', 'deutschland', 'allemagne', 'alemania', 'germania', 'duitsland', 'alemanha', 'niemcy', 'γερμανια', 'nemetorszag', 'tyskland', 'германия',
  'france', 'frankreich', 'francia', 'frankrijk', 'franca', 'francja', 'γαλλια', 'franciaorszag', 'franta', 'frankrike', 'франция',
  'spain', 'spanien', 'espagne', 'espana', 'spagna', 'spanje', 'espanha', 'hiszpania', 'ισπανια', 'spanyolorszag', 'spania', 'испания',
  'italy', 'italien', 'italie', 'italia', 'wlochy', 'ιταλια', 'olaszorszag', 'италия',
  'austria', 'osterreich', 'autriche', 'oostenrijk', 'αυστρια', 'ausztria', 'osterrike', 'австрия',
  'belgium', 'belgien', 'belgique', 'belgica', 'belgio', 'belgie', 'belgia', 'βελγιο',
  'united states', 'usa', 'etats-unis', 'estados unidos', 'stati uniti', 'vereinigte staaten', 'verenigde staten',
  'united kingdom', 'royaume-uni', 'reino unido', 'regno unito', 'vereinigtes konigreich', 'verenigd koninkrijk',
  'canada', 'kanada', 'netherlands', 'niederlande', 'pays-bas', 'paises bajos', 'paesi bassi', 'nederland', 'holandia',
  'greece', 'griechenland', 'grece', 'grecia', 'griekenland', 'grecja', 'ελλαδα', 'gorogorszag',
  'poland', 'polen', 'pologne', 'polonia', 'polska', 'πολωνια', 'lengyelorszag',
  'china', 'chine', 'cina', '中国', '中國', 'japan', 'japon', 'giappone', 'japao', '日本',
  'hungary', 'ungarn', 'hongrie', 'hungria', 'ungheria', 'hongarije', 'magyarorszag', 'ουγγαρια', 'ungaria',
  'romania', 'rumanien', 'roumanie', 'rumania', 'roemenie', 'rumunia', 'ρουμανια',
  'sweden', 'schweden', 'suede', 'suecia', 'svezia', 'zweden', 'szwecja', 'sverige',
  'switzerland', 'schweiz', 'suisse', 'suiza', 'svizzera', 'zwitserland', 'portugal', 'portogallo',
];

function select(...texts: string[]): HTMLSelectElement {
  const el = document.createElement('select');
  for (const text of texts) el.append(Object.assign(document.createElement('option'), { text }));
  return el;
}

describe('country names', () => {
  it('recognises every word of the old hand-written list', () => {
    expect(OLD_WORDS.filter((w) => !isCountryName(w))).toEqual([]);
  });
  it('recognises names as pages write them, once normalised', () => {
    for (const text of ['Österreich', 'Włochy', 'Ελλάδα', 'Россия', 'Türkiye', 'Irlanda', 'Danmark', 'アメリカ合衆国', '日本', 'Tschechien']) {
      expect(isCountryName(normalizeText(text)), text).toBe(true);
    }
  });
  it('takes a whole name only, not a word that starts like one', () => {
    for (const text of ['', 'hello', 'germanyx', 'indiana', 'united', 'canadian', 'chinese', 'germany (+49)', '中国大陆']) {
      expect(isCountryName(text), text).toBe(false);
    }
  });
  it('finds a name at the start when something that is no letter follows', () => {
    for (const text of ['germany (+49)', 'united states of america', 'etats-unis d\'amerique', 'германия', 'германия (de)', '中国 +86', 'ελλαδα - gr']) {
      expect(startsWithCountryName(text), text).toBe(true);
    }
    for (const text of ['', 'indiana', 'new mexico', 'georgia', 'chinese yuan', '中国大陆', 'deutsch']) {
      expect(startsWithCountryName(text), text).toBe(false);
    }
  });
});

describe('classifyOptions on country lists', () => {
  it.each([
    ['en', ['Select…', 'Afghanistan', 'Albania', 'Algeria', 'Argentina', 'Australia', 'Austria', 'Belgium']],
    ['de', ['Bitte wählen', 'Deutschland', 'Österreich', 'Schweiz']],
    ['fr', ['Choisir', 'France', 'Belgique', 'Suisse', 'Canada']],
    ['pl', ['Polska', 'Niemcy', 'Włochy', 'Czechy']],
    ['el', ['Ελλάδα', 'Κύπρος', 'Γερμανία', 'Ιταλία']],
    ['ru', ['Россия', 'Беларусь', 'Казахстан', 'Германия', 'Польша']],
    ['zh', ['中国', '香港', '日本', '美国']],
    ['ja', ['日本', 'アメリカ合衆国', 'イギリス', '韓国']],
    ['names with their codes', ['Germany (DE)', 'France (FR)', 'United States of America (US)']],
  ])('reads %s as countries', (_, texts) => {
    expect(classifyOptions(select(...texts))).toBe('country');
  });
  it('does not read US states, languages or months as countries', () => {
    expect(classifyOptions(select('Alabama', 'Alaska', 'Georgia', 'Indiana', 'New Mexico', 'New York'))).toBeNull();
    expect(classifyOptions(select('Deutsch', 'English', 'Français', 'Italiano', 'Polski'))).toBeNull();
    expect(classifyOptions(select('Januar', 'Februar', 'März', 'April'))).not.toBe('country');
  });
});
