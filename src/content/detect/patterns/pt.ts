// Portuguese label and attribute patterns (Portugal and Brazil).
import type { PatternTable } from './rules';

export default {
  none: 'senha|cupom|cupao|\\bvale\\b|nascimento|\\bcpf\\b|\\bcnpj\\b|pesquis|\\brg\\b|inscricao|\\bnif\\b|contribuinte|referencia|identificador|nome fantasia', // a company's trade name: not the person's
  email: 'correio eletronico',
  'cc-csc': 'codigo de seguranca',
  'verification-code': 'codigo de verificacao',
  'cc-exp': 'validade|data de expiracao',
  'cc-name': 'nome (impresso )?[nd]o cartao',
  'cc-number': 'numero (do|de) cartao',
  'tel-country-code': 'indicativo|\\bddi\\b',
  tel: 'telefone|celular|telemovel|\\bfone\\b',
  organization: 'razao social',
  'address-housenumber': '^n(°|º|o)$',
  'address-line2': 'complemento|(endereco|morada) 2|(edificio|andar|apartamento)\\W+(andar|apartamento|edificio)',
  'postal-code': '\\bcep\\b|codigo postal',
  'address-line1': '\\brua\\b|logradouro',
  address: 'endereco|morada',
  'address-level3': 'bairro|freguesia',
  'address-level2': 'cidade|localidade|municipio|concelho',
  'address-level1': '\\bestado\\b|\\buf\\b',
  country: '\\bpais\\b',
  'full-name': '^destinatario',
  'given-name': 'primeiro nome',
  'family-name': 'sobrenome|apelido|ultimo nome',
  billing: 'fatura|cobranca', // faturamento, faturação
  shipping: 'entrega',
} satisfies PatternTable;
