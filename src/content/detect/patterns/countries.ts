// A few widely listed countries, in the languages of the corpus, to recognise a country list in a
// select by its option texts (normalised: lower case, no accents). Three hits make a country list.
export const COUNTRY_NAMES =
  '^(germany|deutschland|allemagne|alemania|germania|duitsland|alemanha|niemcy|γερμανια|nemetorszag|tyskland|германия|' +
  'france|frankreich|francia|frankrijk|franca|francja|γαλλια|franciaorszag|franta|frankrike|франция|' +
  'spain|spanien|espagne|espana|spagna|spanje|espanha|hiszpania|ισπανια|spanyolorszag|spania|испания|' +
  'italy|italien|italie|italia|wlochy|ιταλια|olaszorszag|италия|' +
  'austria|osterreich|autriche|oostenrijk|αυστρια|ausztria|osterrike|австрия|' +
  'belgium|belgien|belgique|belgica|belgio|belgie|belgia|βελγιο|' +
  'united states|usa|etats-unis|estados unidos|stati uniti|vereinigte staaten|verenigde staten|' +
  'united kingdom|royaume-uni|reino unido|regno unito|vereinigtes konigreich|verenigd koninkrijk|' +
  'canada|kanada|netherlands|niederlande|pays-bas|paises bajos|paesi bassi|nederland|holandia|' +
  'greece|griechenland|grece|grecia|griekenland|grecja|ελλαδα|gorogorszag|' +
  'poland|polen|pologne|polonia|polska|πολωνια|lengyelorszag|' +
  'china|chine|cina|中国|中國|japan|japon|giappone|japao|日本|' +
  'hungary|ungarn|hongrie|hungria|ungheria|hongarije|magyarorszag|ουγγαρια|ungaria|' +
  'romania|rumanien|roumanie|rumania|roemenie|rumunia|ρουμανια|' +
  'sweden|schweden|suede|suecia|svezia|zweden|szwecja|sverige|' +
  'switzerland|schweiz|suisse|suiza|svizzera|zwitserland|portugal|portogallo)\\b';
