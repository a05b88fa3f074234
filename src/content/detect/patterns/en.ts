// English label and attribute patterns. Attribute values are split into words first
// ("billingFirstName" → "billing first name"), so one pattern serves both.
import type { PatternTable } from './rules';

export default {
  none:
    'pass ?word|\\bpwd\\b|trade ?name|capt?cha|co?upon|promo|voucher|discount|gift ?(card|cert)|search|\\bquery\\b|' +
    'quantity|\\bqty\\b|comment|message|\\bnotes?\\b|instruction|remark|\\blog ?in\\b|sign ?in|user ?(name|id)|\\buid\\b|' +
    'nick ?name|\\bvat\\b|tax ?(\\w+ )?(id|number|code|no\\b)|\\bfax\\b|birth|\\bdob\\b|\\bage\\b|gender|\\bsex\\b|salutation|\\btitle\\b|' +
    'honorific|time ?zone|website|\\burl\\b|homepage|\\biban\\b|\\bbic\\b|swift|(?<!card )account ?(number|no|holder)|bank(?! ?card)|routing|' +
    'sort ?code|order ?(number|no|id|ref)|tracking ?(number|no|id|code)|\\breference|referr|latitude|longitude|subject|\\botp\\b|' +
    'one.time|find (your )?address|address finder|start typing|' +
    'lookup|membership|loyalty|license|passport (number|no\\b|nr|id)|^passport$|\\bssn\\b|social security|national id|id ?number|company (reg|num|id)|' +
    'occupation|job|\\bpo ?number|purchase order|delivery (date|time|slot)|\\bemployee|(?<!(street|road|name) ?[/&] ?)landmark|' +
    // things an address form asks that are not the address: a name for it, how to get in, who brings it
    'address (label|nickname|note|directions?)|name (your|this) address|\\balias\\b|saved address|entrance|intercom|' +
    // "c/o": in care of whom, a person the wallet does not hold (not line 2)
    '\\bc/o\\b|care of|' +
    // a letter or suffix after the house number (12A, 12-bis): the wallet holds the number whole
    'house ?(number|no) (addition|suffix|extension)|number (addition|suffix)|door ?bell|\\bporch\\b|gate code|between streets?|(?<!shipping )carrier|courier|store (finder|locator|name)|select a store|' +
    // a code sent to the phone ("Enter the code we sent to your phone", "We texted you a code"): not the phone, nor the card's
    'code (we )?sent|texted|last (4|four) digits|display name|pick ?up name|phonetic|\\bkana\\b|furigana|' +
    'uuid|(address|zone|store|location) ?id\\b|\\btoken\\b|product (id|by code)|\\bsku\\b|\\bein ?(number|no\\b|#)|^ein$|organi[sz]ation (number|no)|' +
    '(business|company|firm) activit|legal rep|donation|installment|issue number|\\bamount\\b|tax office|default address|address type|' +
    'club ?card|premium card|pricepass|\\bisic\\b|pick.?up point|collection point|' +
    // "postcode or town": a search box for stores or pick-up points, not the address
    '(post ?code|postal code|zip)( code)? or (city|town|suburb|municipality)|(city|town|suburb) or (post ?code|postal code|zip)',
  // "email address" whole (in a name/id the word furthest right wins: not "address"); "Mailadresse"; "name@example.com";
  // "Confirm your address" (the e-mail typed again: a street is not asked twice)
  email: 'e.?mail( ?(address|addr|adress?e?))?|\\bmail( ?adres\\w*|\\b)|\\w@\\w+\\.\\w|confirm (your )?address',
  'cc-csc':
    '\\b(cv[vc]?2?|csc|ccv|cvn)\\b|security ?(code|number|no)|card ?(verification|security|code)|' +
    'verification ?(value|number)|\\bsec ?code|3.digit|three (or four )?digit|(digits|printed) on the back',
  'cc-exp-month': '\\bexp\\w* ?(date )?(month|mm)\\b|(\\bcc|card)\\W?(exp\\w* )?(month|mm)\\b|^mm$',
  'cc-exp-year': '\\bexp\\w* ?(date )?(year|yy|yyyy)\\b|(\\bcc|card)\\W?(exp\\w* )?(year|yy|yyyy)\\b|^yy(yy)?$',
  'cc-exp': 'expir|\\bexp\\b|\\bexp ?date|valid ?(thru|through|until|to)|good thru|\\bccexp',
  'cc-name': 'name (as (it )?appears )?on (the |your )?card|card ?holder|card ?owner|holder ?name|name of (the )?card|\\b(cc|card) ?name|nameoncard',
  // not help text about the card's statement ("the phone number on your credit card statement")
  'cc-number':
    'card ?(number|no\\b|num\\b|#|nr\\b)|\\bcc ?(num|number|no|nr)\\b|\\bccnum|' +
    '^(credit |debit )?card$|credit ?card(?! statement)|\\bpan\\b',
  'cc-type': 'card ?(type|brand|network)|\\bcc ?type',
  'tel-country-code':
    '(phone|tel|mobile|calling|dial)\\w*( (?!(with|zip|post\\w*|verification|area)\\b)\\w+){0,3} (country )?(code|prefix)|country (calling|dial)|dial(l?ing)? ?code|\\bisd\\b|' +
    '(phone|tel|fon)\\w* (\\w+ )?country|country (\\w+ )?(phone|tel|fon)\\b|phone ?prefix|country prefix|telephone ?number ?country',
  'tel-with-code': '(includ\\w*|incl\\b|with)\\W*(the |your )?(country|international|dial\\w*|area) ?(code|prefix)|with (the )?prefix',
  'tel-area-code': 'area ?code',
  'tel-extension': '\\bext\\b|extension',
  tel: 'phone|\\btel\\b|telephone|mobile|land ?line|\\bcell|\\bmob\\b|contact (number|no)|\\bgsm\\b|whats ?app|msisdn',
  'name-or-company': '\\bname\\W*(\\(?\\W*or\\b|/)\\W*(company|business|organi[sz]ation|firm)',
  // not a company named second ("Address line 1 (or company name)": the box is what comes first), nor
  // one part in a list ("Flat, House no., Building, Company, Apartment")
  organization: '(?<!(\\bor|/|,)\\W{0,2})(company|organi[sz]ation|business|\\bfirm\\b|employer|\\borg\\b|institution|corporat)',
  'street-and-number':
    '(street|road)( name)?\\W*(and|&|/|,|\\+)\\W*(house |street )?(number|no\\b|nr\\b|#)|(house )?(number|no\\.?) and street|house (number|no)\\W*(/|and|,)\\W*(address|street)|' +
    // a whole line named as such: "Postal address", "Address (street, number, floor)", an address "with
    // house number", "Address line 1 (house no., building, street)", "Flat, House no., Building"
    'postal address|address\\W*\\(\\W*street|(flat|apartment)\\W+house ?(no|number)\\b|address\\W*(with|including|incl\\b)\\W*(the |your )?(house |street )?(number|no\\b)|\\bline ?1\\b',
  'address-streetname': 'street ?name|^\\W*(street|road)\\W*$',
  'address-housenumber':
    // "House name or number": UK forms ask for either (a number when the address has one)
    'house ?(name ?(or|/) ?)?(number|no|nr|num)|housing (number|no)|building ?(number|no)|street ?(number|no)|number of (the )?(street|house)|house ?#|' +
    '^(no|nr|number|#|house)\\.?$',
  'address-line3': '(address|addr|street|line)\\.? ?(line )?3\\b',
  'address-line2':
    '(address|addr|street)\\.? ?(line )?2\\b|\\bline ?2\\b|additional address|address (addition|complement|supplement|cont)|' +
    // a list of parts ("Apt, suite, etc.", "Staircase, floor..."), never one word twice (a label read twice: "Floor Floor");
    // not a list that asks for their number ("Apt & floor no."): that is the apartment's own box
    '((apt|apartment|flat|house|stair\\w*)\\W*(suite|unit|bldg|building|floor|etc|other|door)|floor\\W*(suite|unit|bldg|building|etc|other|stair\\w*|door))(?!\\W*(no\\b|number))',
  apartment: '\\bapt\\b|aparta?ment|\\bsuite\\b|\\bunit\\b|\\bflat\\b|^door$|door ?(number|no\\b|nr\\b)',
  floor: '\\bfloor\\b',
  building: 'building|\\bbldg\\b',
  'postal-code': '\\bzip|postal|post ?code|\\bpin ?code\\b|eircode',
  address: 'address|\\baddr\\b',
  'address-line1': 'street|\\bstr\\b',
  area: '\\barea\\b|(?<!city ?\\/ ?)district', // but "City/District/Town" (India) is the city
  'address-level3': 'neighbou?rhood|sub.?locality',
  suburb: 'suburb',
  'address-level2': '\\bcity\\b|\\btown\\b|locality|municipality|village',
  'address-level1': '\\bstate\\b|provinc|region|county|territory|prefecture|emirate',
  country: 'country|\\bnation\\b',
  'full-name': 'first (and|&)? ?last ?name|(first )?name ?(and|&|/|,)? ?surname|surname ?(and|&|/|,)? ?name|full ?name|contact name|recipient|addressee|receiver',
  'additional-name': '(middle|additional) ?(name|initial)|\\bm\\.?i\\b|patronymic',
  'given-name': 'first ?name|given ?name|forename|\\bf ?name\\b|christian name|(?<!(tel|phone) )\\bfirst\\b', // not 'tel first' (the first of three phone boxes)
  'family-name': 'last ?name|surname|family ?name|second ?name|\\bl ?name\\b|(?<!(tel|phone) )\\blast\\b',
  // "company name", "city name" in a name/id: the company, the city (whose words come first there)
  name: '(?<!(company|business|firm|organi[sz]ation|state|province|region|county|city|town|country) ?)\\bname\\b',
  month: '\\bmonth\\b|\\bmm\\b',
  year: '\\byear\\b|\\byy(yy)?\\b',
  number: '\\bnumber\\b',
  billing: 'billing|bill to|invoice|payment', // an address named for the payment is the one it is billed to
  shipping: 'shipping|ship to|delivery|deliver to|recipient',
} satisfies PatternTable;
