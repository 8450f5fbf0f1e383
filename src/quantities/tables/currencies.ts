import { lookupTable } from '../../internal/lookup-table';
import type { UnitEntry } from './units';

/*
 * Currencies other than the dollar, euro and pound, written as words or codes.
 * A currency one country owns gets its ISO code; a name several countries
 * share (rupee, shilling, peso, dinar...) becomes that family's name, as the
 * copy rarely says whose: two stories of one event mean the same currency.
 */

const cur = (unit: string): UnitEntry => ({ unit, factor: 1 });

const RUPEE = cur('rupee');
const SHILLING = cur('shilling');
const PESO = cur('peso');
const DINAR = cur('dinar');
const DIRHAM = cur('dirham');
const RIYAL = cur('riyal');
const FRANC = cur('franc');
const KRONE = cur('krone');
const LIRA = cur('lira');
const RUBLE = cur('ruble');
const CNY = cur('CNY');

/** Currency words and codes written after an amount ("800 million shillings", "2bn CHF"). */
export const CURRENCY_WORDS: Readonly<Record<string, UnitEntry>> = lookupTable({
  rupee: RUPEE, rupees: RUPEE, inr: RUPEE, pkr: RUPEE, lkr: RUPEE, npr: RUPEE,
  shilling: SHILLING, shillings: SHILLING, kes: SHILLING, ugx: SHILLING, tzs: SHILLING,
  peso: PESO, pesos: PESO, mxn: PESO, php: PESO, ars: PESO, cop: PESO, clp: PESO,
  dinar: DINAR, dinars: DINAR,
  dirham: DIRHAM, dirhams: DIRHAM, aed: DIRHAM, mad: DIRHAM,
  riyal: RIYAL, riyals: RIYAL, rial: RIYAL, rials: RIYAL, sar: RIYAL, qar: RIYAL,
  franc: FRANC, francs: FRANC, chf: FRANC,
  krone: KRONE, kroner: KRONE, krona: KRONE, kronor: KRONE, sek: KRONE, nok: KRONE, dkk: KRONE,
  lira: LIRA, lire: LIRA, liras: LIRA, try: LIRA,
  ruble: RUBLE, rubles: RUBLE, rouble: RUBLE, roubles: RUBLE, rub: RUBLE,
  yuan: CNY, renminbi: CNY, rmb: CNY, cny: CNY,
  naira: cur('NGN'), ngn: cur('NGN'),
  rand: cur('ZAR'), zar: cur('ZAR'),
  tenge: cur('KZT'), kzt: cur('KZT'),
  hryvnia: cur('UAH'), hryvnias: cur('UAH'), hryvnas: cur('UAH'), uah: cur('UAH'),
  zloty: cur('PLN'), zlotys: cur('PLN'), zlotych: cur('PLN'), pln: cur('PLN'),
  forint: cur('HUF'), forints: cur('HUF'), huf: cur('HUF'),
  shekel: cur('ILS'), shekels: cur('ILS'), ils: cur('ILS'), nis: cur('ILS'),
  yen: cur('JPY'), jpy: cur('JPY'),
  won: cur('KRW'), krw: cur('KRW'),
  rupiah: cur('IDR'), idr: cur('IDR'),
  ringgit: cur('MYR'), myr: cur('MYR'),
  baht: cur('THB'), thb: cur('THB'),
  taka: cur('BDT'), bdt: cur('BDT'),
  cedi: cur('GHS'), cedis: cur('GHS'), ghs: cur('GHS'),
  birr: cur('ETB'), etb: cur('ETB'),
  kwacha: cur('kwacha'),
  reais: cur('BRL'), brl: cur('BRL'), real: cur('BRL'),
  lei: cur('RON'), leu: cur('RON'), ron: cur('RON'),
  lev: cur('BGN'), leva: cur('BGN'), bgn: cur('BGN'),
  koruna: cur('CZK'), korunas: cur('CZK'), czk: cur('CZK'),
  dong: cur('VND'), vnd: cur('VND'),
  kyat: cur('MMK'), kyats: cur('MMK'), mmk: cur('MMK'),
  afghani: cur('AFN'), afghanis: cur('AFN'), afn: cur('AFN'),
  lari: cur('GEL'),
  soles: cur('PEN'),
  bolivar: cur('VES'), bolivars: cur('VES'), bolivares: cur('VES'),
  quetzal: cur('GTQ'), quetzales: cur('GTQ'), quetzals: cur('GTQ'),
  kwanza: cur('AOA'), kwanzas: cur('AOA'),
  // Pounds are also a weight: read as money only after a scale word ("1.4 billion pounds"), see AMBIGUOUS_CURRENCY_WORDS.
  pound: cur('GBP'), pounds: cur('GBP'),
});

/**
 * Currency words that are also common English words ("won", "try"): read as a
 * currency only after a scale word ("2 billion won"), where no verb or noun of
 * that spelling can stand.
 */
export const AMBIGUOUS_CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'won', 'try', 'mad', 'cop', 'sar', 'nis', 'rub', 'php', 'ars', 'real', 'dong', 'lari', 'pound', 'pounds', 'ron', 'lev',
]);

/** Currency symbols and codes written before an amount ("Rs 1 billion", "₦500", "KSh 200"). */
export const CURRENCY_PREFIX_CODES: Readonly<Record<string, string>> = lookupTable({
  rs: 'rupee', inr: 'rupee', pkr: 'rupee', npr: 'rupee', lkr: 'rupee', '\u20B9': 'rupee', '\u20A8': 'rupee',
  // "Sh412m", "Sh 1.2bn": East African papers write the shilling so.
  sh: 'shilling', ksh: 'shilling', kes: 'shilling', ush: 'shilling', ugx: 'shilling', tsh: 'shilling', tzs: 'shilling',
  '\u20A6': 'NGN', ngn: 'NGN', '\u20BD': 'ruble', rub: 'ruble', '\u20BA': 'lira', '\u20A9': 'KRW', krw: 'KRW',
  '\u20AA': 'ILS', ils: 'ILS', nis: 'ILS', '\u20B8': 'KZT', kzt: 'KZT', '\u20B4': 'UAH', uah: 'UAH',
  chf: 'franc', cny: 'CNY', rmb: 'CNY', jpy: 'JPY', zar: 'ZAR', aed: 'dirham', sar: 'riyal', qar: 'riyal',
  pln: 'PLN', huf: 'HUF', sek: 'krone', nok: 'krone', dkk: 'krone', idr: 'IDR', myr: 'MYR', thb: 'THB',
  mxn: 'peso', php: 'peso', brl: 'BRL', '\u20B1': 'peso', egp: 'EGP', '\u20B5': 'GHS', ghs: 'GHS',
  // Bangladeshi copy writes the taka "Tk 42 crore" or with its sign.
  tk: 'BDT', bdt: 'BDT', '\u09F3': 'BDT',
});

/**
 * Whose dollar or pound a nationality word names ("Australian dollars",
 * "Egyptian pounds"). Dollars and pounds of a country not listed are kept
 * apart from the US dollar and sterling as `dollar` and `pound`.
 */
export const NATIONAL_CURRENCIES: Readonly<Record<string, Readonly<Record<string, string>>>> = lookupTable({
  dollar: lookupTable({
    us: 'USD', american: 'USD', australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', 'new zealand': 'NZD',
    singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD', taiwanese: 'TWD', jamaican: 'JMD', namibian: 'NAD',
    liberian: 'LRD', zimbabwean: 'ZWL', fijian: 'FJD', bahamian: 'BSD', barbadian: 'BBD', belize: 'BZD',
  }),
  pound: lookupTable({
    british: 'GBP', sterling: 'GBP', egyptian: 'EGP', lebanese: 'LBP', sudanese: 'SDG', syrian: 'SYP',
    'south sudanese': 'SSP',
  }),
});

/** The dollar and pound words, as NATIONAL_CURRENCIES keys them. */
export const DOLLAR_AND_POUND_WORDS: Readonly<Record<string, string>> = lookupTable({
  dollar: 'dollar', dollars: 'dollar', pound: 'pound', pounds: 'pound',
});

/** Letters glued before "$" ("A$5bn", "HK$3m", "R$2 bilhões"): whose dollar (or real) it is. */
export const DOLLAR_SIGN_PREFIXES: Readonly<Record<string, string>> = lookupTable({
  us: 'USD', a: 'AUD', au: 'AUD', c: 'CAD', ca: 'CAD', hk: 'HKD', nz: 'NZD', s: 'SGD', sg: 'SGD',
  nt: 'TWD', r: 'BRL', z: 'ZWL', j: 'JMD', mx: 'peso',
});

/** Currency units the tables above name beyond CURRENCY_WORDS and the prefix codes. */
export const OTHER_CURRENCY_UNITS: readonly string[] = [
  ...Object.values(NATIONAL_CURRENCIES).flatMap((byNation) => Object.values(byNation)), 'dollar', 'pound',
  ...Object.values(DOLLAR_SIGN_PREFIXES),
];
