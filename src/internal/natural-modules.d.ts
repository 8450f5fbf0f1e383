// Types for the few single files of `natural` we deep-import (its own typings cover only the root).
declare module 'natural/lib/natural/phonetics/double_metaphone.js' {
  const DoubleMetaphone: new () => { process(word: string): [string, string] };
  export default DoubleMetaphone;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const jaroWinkler: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  export default jaroWinkler;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porter: { stem(word: string): string };
  export default porter;
}
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  const SentenceTokenizer: new (abbreviations?: string[]) => { tokenize(text: string): string[] };
  export default SentenceTokenizer;
}
