// Country names to ISO 3166-1 alpha-2 codes, for files that spell countries out ("Germany",
// "Deutschland"). Built from the browser's own region names (Intl.DisplayNames) rather than a table.
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'zh', 'ja'];
let byName: Map<string, string> | undefined;

const key = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export function countryCode(input: string): string | null {
  const s = input.trim();
  if (/^[A-Za-z]{2}$/.test(s)) return s.toUpperCase();
  if (!byName) byName = buildIndex();
  return byName.get(key(s)) ?? null;
}

function buildIndex(): Map<string, string> {
  const index = new Map<string, string>([['usa', 'US'], ['uk', 'GB'], ['great britain', 'GB']]);
  const A = 65;
  for (const lang of LANGUAGES) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (let i = 0; i < 26; i++) {
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(A + i, A + j);
        // Skip retired codes (DD, SU, YU…): they are aliases that name today's country.
        if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
        const name = names.of(code);
        if (name && name !== code && !index.has(key(name))) index.set(key(name), code);
      }
    }
  }
  return index;
}
