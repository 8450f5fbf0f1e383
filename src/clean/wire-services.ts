/** News agencies a story can credit, with the spellings that name them. */

export interface WireService {
  name: string;
  /** Case-sensitive spellings; acronyms must stand as whole words. */
  spellings: readonly string[];
}

export const WIRE_SERVICES: readonly WireService[] = [
  { name: 'Reuters', spellings: ['Reuters', 'REUTERS'] },
  { name: 'Associated Press', spellings: ['Associated Press', 'AP'] },
  { name: 'AFP', spellings: ['Agence France-Presse', 'Agence France Presse', 'AFP'] },
  { name: 'Bloomberg', spellings: ['Bloomberg'] },
  { name: 'dpa', spellings: ['Deutsche Presse-Agentur', 'dpa', 'DPA'] },
  { name: 'Xinhua', spellings: ['Xinhua'] },
  { name: 'UPI', spellings: ['United Press International', 'UPI'] },
  { name: 'EFE', spellings: ['EFE'] },
  { name: 'ANSA', spellings: ['ANSA'] },
  { name: 'Kyodo', spellings: ['Kyodo'] },
  { name: 'Yonhap', spellings: ['Yonhap'] },
  { name: 'TASS', spellings: ['TASS', 'Tass'] },
  { name: 'Interfax', spellings: ['Interfax'] },
  { name: 'ANI', spellings: ['ANI'] },
  { name: 'PTI', spellings: ['Press Trust of India', 'PTI'] },
  { name: 'IANS', spellings: ['IANS'] },
  { name: 'CNA', spellings: ['CNA'] },
  { name: 'Anadolu', spellings: ['Anadolu Agency', 'Anadolu'] },
  { name: 'IRNA', spellings: ['IRNA'] },
];
