// @vitest-environment happy-dom
import { it } from 'vitest';
import { page, typesOf } from './test-page';
const f = (id: string, label: string, extra = '') => `<label for="${id}">${label}</label><input id="${id}" name="${id}" ${extra}>`;
const show = (title: string, html: string) => { page(`<form>${html}</form>`); console.log(title, JSON.stringify(typesOf(), null, 0)); };
it('probes', () => {
  for (const [l, a, b] of [['de', 'Ländervorwahl', 'Telefonnummer'], ['fr', 'Indicatif', 'Téléphone'], ['es', 'Prefijo', 'Teléfono'], ['it', 'Prefisso', 'Telefono'], ['nl', 'Landcode', 'Telefoonnummer'], ['pt', 'DDI', 'Telefone'], ['pt2', 'Código do país', 'Celular'], ['ja', '国番号', '電話番号'], ['zh', '区号', '电话号码'], ['zh2', '国家/地区代码', '手机号']]) {
    show(l!, f('cc', a!, 'maxlength="5"') + f('ph', b!));
  }
  show('fr-nom', f('nom', 'Nom') + f('prenom', 'Prénom') + f('societe', 'Société') + f('adresse', 'Adresse') + f('cp', 'CP') + f('ville', 'Ville'));
  show('it-dest', f('a', 'Destinatario') + f('b', 'Indirizzo') + f('c', 'C/O (presso)'));
  show('es-dest', f('a', 'Destinatario') + f('b', 'Dirección') + f('c', 'Referencias'));
  show('pt-dest', f('a', 'Destinatário') + f('b', 'Endereço') + f('c', 'Complemento'));
});
