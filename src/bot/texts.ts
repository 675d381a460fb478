import { md } from './markdown';

/** Short user-facing texts that are not cards. Norwegian Bokmål, plain and short. */
export const TEXTS = {
  notYetAnswering:
    'Jeg kan ennå ikke svare på spørsmål om planen. Skriv «hjelp» for å se hva jeg kan. Er noen i fare nå, ring 112.',
  tooLong: 'Meldingen er for lang. Skriv et kort spørsmål, uten personopplysninger.',
  unsupported: 'Jeg forstår bare tekst. Skriv «hjelp» for å se hva jeg kan.',
  teamHello: (name: string) =>
    md`Hei, ${name}! Jeg er lagt til her. Jeg kan minne om årshjulet i handlingsplanen og svare på spørsmål når dere nevner meg. Skriv @-nevning og «hjelp» for å se mer.`,
  tenantRefused: 'Denne tjenesten er ikke åpnet for organisasjonen din.',
  error: 'Noe gikk galt hos meg. Prøv igjen om litt. Er noen i fare nå, ring 112.',
};

/** The longest message text we read; longer ones get TEXTS.tooLong. */
export const MAX_TEXT_LENGTH = 10_000;
