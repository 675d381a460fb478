import { probability, TRAIN_DEFAULTS, type TrainOptions, type WordWeights } from './word-model';
import trained from './field-model.json';

/**
 * A word model of what staff ask this assistant about: questions from the field (forms of
 * violence, duties, measures, help, worried colleagues) against everyday workplace questions
 * (sick leave, passwords, the canteen, a job advert for the barnevern). The rules of `scope.ts`
 * refuse a question by its everyday words and weak evidence; a question outside the field that
 * shares the field's words ("Hvem har ansvar for kaffemaskinen?", "melde" as in calling in
 * sick) passes them. Trained by `npm run -s train:field` on the blind dev sets in `eval/` and
 * the sample municipality's questions, with both bars chosen by leave-one-set-out
 * cross-validation. `scope.ts` never lets it refuse a question that tells of harm, nor one whose
 * best passage holds half of it.
 */
export interface FieldModel extends WordWeights {
  /** Below this probability a question is outside the field, whatever its words and evidence. */
  threshold: number;
  /**
   * The same for a question without any of the field's own words ("Kan eg ta med hunden på
   * kontoret?"): such a question is more often an everyday one, so the bar is higher.
   */
  withoutFieldWord: number;
}

export const FIELD_MODEL: FieldModel = trained as FieldModel;

/**
 * How the field model is fitted: a lighter L2 penalty than the emergency model's. Held out by set
 * over the 34 dev sets (3,682 from the field, 1,572 from outside it, emergencies aside), 0.0001
 * against the default 0.001: AUC 0.9865 → 0.9890, and where 99 % of the field is answered, 79.9 %
 * → 83.2 % of the outside questions refused (0.0003: 83.1 %, 0: 84.1 % but AUC 0.9888, 0.003:
 * 78.1 %, 0.01: 69.4 %; 600 epochs as 300).
 */
export const FIELD_TRAINING: TrainOptions = { ...TRAIN_DEFAULTS, l2: 0.0001 };

/** The model's probability that a question is asked inside the field. */
export function fieldProbability(text: string, model: WordWeights = FIELD_MODEL): number {
  return probability(model, text);
}

/** The probability below which a question is outside the field; `named`: it uses a word of the field. */
export function refusalBar(named: boolean, model: FieldModel = FIELD_MODEL): number {
  return named ? model.threshold : model.withoutFieldWord;
}

/** True when the model reads a question as outside the field; `named`: it uses a word of the field. */
export function outsideField(text: string, named: boolean, model: FieldModel = FIELD_MODEL): boolean {
  return fieldProbability(text, model) < refusalBar(named, model);
}
