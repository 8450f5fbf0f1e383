/**
 * Common given names across cultures, lower-case. A general list used only as
 * a shape cue ("this run looks like a person"); it never decides grouping.
 */
const GIVEN_NAMES = `
aaron abbas abdul abdullah abdel abu adam adel adrian ahmad ahmed ahmet aisha akbar ali alan albert alex
alexander alexei alexey ali alice amal amanda amin amina amir amit ana anatoly andrea andrew andrei andrey
angela ann anna anne anthony antonio anwar arjun ashraf ayesha aziz bashar ben benjamin bilal bob boris
brian carlos catherine charles chen christopher claire daniel david dmitri dmitry donald ebrahim edward
elena elizabeth emily emma emmanuel eric faisal farah farid fatima fatma francesco francisco frank gabriel
george giorgio gulbuddin hamid hamza hans hao harry hasan hassan hector helen henry hiroshi hossein hussain
hussein ibrahim igor imran irina isabel ismail ivan jack jacob james jan jane jean jennifer jessica jiang
john jorge jose joseph juan julia karim karen kate khaled khalid kim kumar laura lee li ling lisa liu
luis mahmoud maria mario mark martin mary maryam masoud matthew mehmet michael miguel mikhail min mohamed
mohammad mohammed mohammad muhammad mustafa nadia naveed nasser natalia nicholas nikolai nina noor nur
olga omar oscar pablo patrick paul pedro peter pierre priya qasim rahim rahul raj ramin rashid reza
richard robert rustam sadiq said saleh salim sam samir sara sarah sergei sergey shah sharif sophie stefan
stephen steven sultan susan tariq thomas timothy tom vladimir wang wei william xi yang yasmin yousef yusuf
yuri zahra zainab zhang
`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(GIVEN_NAMES.split(/\s+/).filter(Boolean));
