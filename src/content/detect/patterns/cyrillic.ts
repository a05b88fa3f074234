// Russian, Ukrainian, Bulgarian and Serbian label patterns.
import type { PatternTable } from './rules';

export default {
  none: 'пароль|парола|купон|промокод|рожден|коментар|комментар|поиск|търсене|инн|егн|лозинка',
  email: 'почта|поща|пошта|имейл',
  'cc-number': 'номер карты|номер на карта',
  tel: 'телефон|моб',
  organization: 'компания|фирма|организация|компанія',
  'address-housenumber': 'номер дома|дом|будинок',
  apartment: 'квартир|кв',
  'postal-code': 'индекс|пощенски код|почтов|поштов',
  'address-line1': 'адрес|улица|вулиц|ул',
  'address-level3': 'район',
  'address-level2': 'город|град|місто|населен',
  'address-level1': 'област|регион',
  country: 'страна|държава|країна|држава',
  'full-name': 'фио|имя и фамилия|име и фамилия|три имена|ime i prezime',
  'additional-name': 'отчество|презиме|по батькові',
  'given-name': 'имя|име|ім.я|\\bime\\b',
  'family-name': 'фамилия|прізвище|prezime',
  payment: 'оплат|плащане',
  shipping: 'доставк',
} satisfies PatternTable;
