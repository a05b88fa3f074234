// Chinese and Japanese label patterns. No word boundaries in these scripts, so the patterns are
// whole words and longer words come first.
import type { PatternTable } from './rules';

export default {
  // 验证码 alone is the code a text message brings (the card's is 卡验证码); 别名: an address's nickname.
  none: '密码|パスワード|フリガナ|ふりがな|カナ|セイ|メイ|生年月日|出生|优惠|クーポン|検索|搜索|别名|(?<!卡)(验证码|驗證碼)',
  email: '邮箱|电子邮件|電子郵件|郵箱|メール',
  'cc-csc': '安全码|安全碼|卡验证码|卡驗證碼|セキュリティ|[末后後]三[碼码位]', // 末三碼: the last three digits (on the back)
  // "有効期限（月）"; not "(月/年)", the whole expiry (\W would take CJK characters too)
  'cc-exp-month': '(有效期限?|有効期限|到期) ?\\(?月(?! ?\\/ ?年)',
  'cc-exp-year': '(有效期限?|有効期限|到期) ?\\(?年',
  'cc-exp': '有效期|有効期限|到期|月 ?\\/ ?年', // "月/年": MM/YY
  'cc-name': '持卡人|名義',
  'cc-number': '卡号|卡號|カード番号',
  // a landline in parts: 区号 / 市外局番 (the area code), then the number, then 分机 / 内線 (the extension);
  // not the 区号 of 郵遞區號 / 邮递区号 (the postal code, Taiwan)
  'tel-area-code': '(?<![递遞])[区區][号號]|市外局番',
  'tel-extension': '分机|分機|内線',
  tel: '电话|手机|電話|手機|携帯|座机|市話', // 座机, 市話: a landline
  organization: '公司|会社|法人|单位',
  'address-housenumber': '门牌号|門牌號',
  // 建物 (the building) is line 2, but "番地・建物名" asks for the block number and building both: line 1.
  'address-line2': '(?<!番地.?)建物|マンション|アパート|公寓|套房|(地址|住所)\\W*第?2',
  apartment: '部屋番号|号室|房间号|房號',
  floor: '樓層', // Hong Kong: the floor (樓層), the building (大廈)
  building: '大廈',
  'postal-code': '邮编|邮政编码|郵遞區號|邮递区号|郵政編碼|郵便番号|〒',
  'address-line1': '街道|番地',
  address: '地址|住所',
  // Mainland 省/市/区县; Taiwan 縣市 (the county or city: the state) then 鄉鎮市區 (the town)
  'address-level3': '区县|区\\/县|^区$|^县$',
  'address-level2': '市区町村|市町村|市区郡|城市|鄉鎮|^市$',
  'address-level1': '都道府県|省份|省|縣市|縣\\/市|所在地区',
  country: '国家|國家|国',
  // 联系人: the contact person. "お名前（姓）" is the name's family part, "氏名 名" its given part.
  'full-name': '(氏名|お名前|名前)(?! ?\\(?[姓名])|姓名|收件人|收货人|联系人',
  'given-name': '(?<![\\u3040-\\u9fff])名', // not the end of a word ("用户名": user name, "件名": subject)
  'family-name': '姓',
  month: '月',
  year: '年',
  billing: '账单|帳單|請求',
  shipping: '配送|送货|收货|お届け',
} satisfies PatternTable;
