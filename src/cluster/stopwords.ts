/**
 * Words that carry no content for deciding whether two claims say the same thing.
 * Number words are here too: clustering must ignore the figures themselves so that
 * "1,000 fled" and "1,500 fled" meet and can then be compared.
 */
export const CLUSTER_STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet of in on at to for from by with without into onto over under about above below ' +
    'between among through during before after since until than then as that this these those there here which who whom ' +
    'whose what when where why how is are was were be been being am has have had having do does did done will would shall ' +
    'should can could may might must it its it\'s they them their theirs he him his she her hers we us our you your i me my ' +
    'not no also only just very more most less least some any all each every both either neither such other another ' +
    'same own too again further once if while because though although whether up down out off per via upon against ' +
    'said says say told tells according added adding new one two three four five six seven eight nine ten eleven twelve ' +
    'twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion ' +
    'billions dozen dozens several many few half percent per cent nearly almost around roughly approximately least ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december today yesterday tomorrow week weeks day days month months year years recently ' +
    'earlier later late mid'
  ).split(/\s+/),
);
