// Russian, Ukrainian, Bulgarian and Serbian label patterns. `\b` only knows ASCII letters, so
// short words are bounded with C (no Cyrillic letter before or after): "ул" is not "булстат".
// (Text comes folded, ё as е and ї as і: а-я and і are all its Cyrillic letters.)
import type { PatternTable } from './rules';

const C = (word: string): string => `(?<![а-яі])${word}(?![а-яі])`;

export default {
  none: `пароль|парола|купон|промокод|рожден|комм?ентар|поиск|търсене|${C('инн')}|${C('егн')}|лозинка|булстат|${C('еик')}|домофон|подъезд|вход|повідомлен|сообщени|деиност`,
  email: 'почт[аы]|поща|пошта|имейл', // "адрес электронной почты": not the street address
  'cc-exp': 'срок деиств', // срок действия (карты)
  'cc-name': 'владел|держател', // имя владельца карты, держатель карты
  'cc-number': 'номер (на |\\S+ )?карт', // номер (кредитной) карты, номер на карта, номер картки
  tel: `телефон|мобил|${C('моб')}`,
  organization: 'компан[иі]|фирм|организаци', // and their other cases: "название компании"
  'address-housenumber': `номер дома|${C('дом')}|будинок`,
  apartment: `квартир|${C('кв')}`,
  'postal-code': 'индекс|пощенски код|почтов|поштов',
  'address-line1': `улиц|вулиц|${C('ул')}`,
  address: 'адрес',
  'address-level3': 'район|квартал',
  'address-level2': 'город|град|місто|населен',
  'address-level1': 'област|регион',
  country: 'стран[аыеу]|дъ?ржав|країн',
  'full-name': 'фио|им[яе] ?(и|/) ?фамилия|три имена|ime i prezime',
  'additional-name': 'отчество|презиме|по батькові',
  'first-or-full-name': 'имя|име|ім.я|\\bime\\b',
  'family-name': 'фамилия|прізвище|prezime',
  shipping: 'доставк',
} satisfies PatternTable;
