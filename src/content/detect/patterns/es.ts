// Spanish label and attribute patterns (Spain and Latin America).
import type { PatternTable } from './rules';

export default {
  none:
    'contrasena|codigo promocional|descuento|nacimiento|usuario|comentario|busca|tratamiento|\\bcif\\b|\\bnif\\b|' +
    '\\bdni\\b|\\brfc\\b|\\bcuit|\\bcuil|documento|cedula|\\bruc\\b|\\brut\\b|entre (que )?calles?|referencia|indicaciones|segundo (nombre|apellido)|' +
    // a building's door code, not the card's
    'para (acceder|entrar) al (edificio|portal)|codigo de (acceso|portal|puerta)',
  email: 'correo',
  'cc-csc': 'codigo de seguridad',
  'verification-code': 'codigo de verificacion',
  'cc-exp-month': '(vencimiento|caducidad|expiracion)\\w* ?mes|mes de (vencimiento|caducidad|expiracion)',
  'cc-exp-year': '(vencimiento|caducidad|expiracion)\\w* ?ano|ano de (vencimiento|caducidad|expiracion)',
  'cc-exp': 'vencimiento|caducidad|expiracion|valido hasta|fecha de exp',
  'cc-name': 'titular|nombre (en|impreso en|de) (la )?tarjeta',
  'cc-number': '(numero|n°|no|num)\\.? de (la )?tarjeta|tarjeta de credito',
  'cc-type': 'tipo de tarjeta',
  'tel-with-code': '(incluir|incluye|incluyendo|con) (el )?(prefijo|codigo de pais)',
  'tel-country-code': 'prefijo|codigo de pais|\\blada\\b',
  'tel-area-code': 'codigo de area',
  tel: 'telefono|movil|celular|\\btelf\\b',
  organization: 'empresa|compania|razon social',
  'street-and-number': '(calle|direccion) (y|con) (el )?(numero|altura)|direccion\\W*\\(\\W*calle',
  'address-streetname': 'nombre de (la )?(calle|via)|^\\W*calle\\W*$',
  'address-housenumber': 'numero (exterior|de (casa|calle|domicilio|puerta))|\\bno\\.? ext|\\baltura\\b|^num\\.?$',
  'address-line2': '(direccion|domicilio) 2|informacion adicional|datos adicionales|direccion adicional|(piso|planta)\\W+(edificio|puerta|escalera|etc)|(edificio|escalera|depto|dpto)\\W+(piso|planta|puerta|etc)|planta\\W+piso',
  apartment: 'departamento|\\bdepto|\\bdpto|puerta|numero interior|\\bno\\.? int|interior',
  floor: '\\bpiso\\b|\\bplanta\\b',
  building: 'edificio|bloque|\\btorre\\b',
  'postal-code': 'codigo postal|\\bc\\.? ?p\\.?\\b',
  'address-line1': '\\bcalle\\b',
  address: 'direccion|domicilio',
  area: 'distrito',
  'address-level3': 'colonia|barrio|corregimiento',
  'address-level2': 'ciudad|localidad|municipio|poblacion|delegacion|alcaldia|comuna|partido',
  'address-level1': 'provincia|\\bestado\\b|region|comunidad',
  country: '\\bpais\\b',
  'full-name': 'nombre (y apellidos?|completo)|^destinatario', // the recipient (not "Dirección del destinatario")
  'given-name': 'primer nombre',
  'first-or-full-name': '\\bnombres?\\b',
  'family-name': 'apellidos?',
  month: '\\bmes\\b',
  year: '\\bano\\b',
  number: '\\bnumero\\b',
  billing: 'factura',
  shipping: 'envio|entrega|destinatario',
} satisfies PatternTable;
