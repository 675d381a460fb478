/** User-facing texts of the Remind capability. Norwegian Bokmål, plain and short. */
export const REMINDER_TEXTS = {
  channelGone: (channel: string, team: string) =>
    `Jeg kan ikke lenger poste påminnelser i kanalen «${channel}»${team ? ` i teamet «${team}»` : ''}. Abonnementet er stoppet. ` +
    'Legg meg til i teamet igjen, og skriv «abonner <målgruppe>» i kanalen for å starte på nytt.',
  uncertain: (title: string, date: string, channel: string, team: string) =>
    `Påminnelsen «${title}» (${date}) til kanalen «${channel}»${team ? ` i teamet «${team}»` : ''} ble kanskje ikke postet: ` +
    'assistenten stanset mens den ble sendt. Den sendes ikke på nytt, for at ingen skal få den to ganger. Se etter den i kanalen.',
  onlyInChannel: 'Abonnement på påminnelser gjøres i en kanal i et team. Gå til kanalen, nevn meg og skriv «abonner <målgruppe>».',
  notCoordinator: 'Beklager, bare koordinatorene for handlingsplanen kan endre abonnement på påminnelser.',
  missingAudience: (audiences: string[]) => `Skriv hvilken målgruppe, for eksempel «abonner ${audiences[0] ?? 'alle-ledere'}». Målgrupper: ${audiences.join(', ')}.`,
  unknownAudience: (audiences: string[]) => `Den målgruppen finnes ikke i årshjulet. Målgrupper: ${audiences.join(', ')}.`,
  subscribed: (audience: string) => `Denne kanalen får nå påminnelser for «${audience}» fra årshjulet, kl. 09 på første arbeidsdag.`,
  alreadySubscribed: (audience: string) => `Denne kanalen abonnerer allerede på «${audience}».`,
  unsubscribed: (audience: string) => `Denne kanalen får ikke lenger påminnelser for «${audience}».`,
  notSubscribed: (audience: string) => `Denne kanalen abonnerer ikke på «${audience}».`,
  listNone: 'Denne kanalen abonnerer ikke på noen påminnelser. Skriv «abonner <målgruppe>».',
  list: (audiences: string[]) => `Denne kanalen får påminnelser for: ${audiences.join(', ')}.`,
  doneInvalid: 'Påminnelsen finnes ikke i årshjulet, så jeg kunne ikke markere den som gjort.',
  nowUsage: 'Skriv «påminnelse» i en kanal for å poste kanalens neste påminnelse nå.',
  nowOnlyInChannel: 'Skriv dette i kanalen som skal få påminnelsen: @Planassistenten påminnelse.',
  nowNotCoordinator: 'Beklager, bare koordinatorene for handlingsplanen kan poste påminnelser før tiden.',
  nowNoneAhead: 'Denne kanalen har ingen påminnelser i årshjulet det neste året.',
  nowPosted: (title: string, date: string) =>
    `Påminnelsen «${title}» er postet nå. Den var planlagt ${date} kl. 09 og postes ikke igjen da.`,
  nowBusy: (title: string) => `Påminnelsen «${title}» holder allerede på å bli postet. Prøv igjen om litt.`,
  nowFailed: 'Jeg fikk ikke postet påminnelsen nå. Prøv igjen om litt.',
};

export const MONTHS_NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** "November 2026" for YYYY-MM or YYYY-MM-DD. */
export function monthTextNb(date: string): string {
  const [y, m] = date.split('-').map(Number);
  const name = MONTHS_NB[(m ?? 1) - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${y}`;
}
