import { describe, expect, it } from 'vitest';
import { findOrderNumber } from './order-number';

describe('findOrderNumber', () => {
  it.each([
    ['Thank you! Order #A1B2-3456 is confirmed.', 'A1B2-3456'],
    ['Your order number is DS-123456.', 'DS-123456'],
    ['Order number: 112-7788990-1234567', '112-7788990-1234567'],
    ['Numéro de commande : FR2026-0042', 'FR2026-0042'],
    ['Ihre Bestellnummer lautet 40012345.', '40012345'],
    ['订单号：20261125001', '20261125001'],
    ['ご注文番号: 250-1234567', '250-1234567'],
    ['Order ID\n  7781', '7781'],
  ])('%s', (text, number) => {
    expect(findOrderNumber(text)).toBe(number);
  });

  it('needs a label and a digit in the number', () => {
    expect(findOrderNumber('Order total $1,234.56 for 3 items')).toBeNull();
    expect(findOrderNumber('Your order number is pending.')).toBeNull();
    expect(findOrderNumber('Call 555-0199 for help')).toBeNull();
  });
});
