import { probability, trainWords, TRAIN_DEFAULTS, type TrainOptions } from './word-model';

/**
 * A small logistic model over the words of a message, beside the emergency rules. The rules
 * catch the acute dangers they name; a message in a new style ("the door is still locked and
 * he has her phone") can say the same with none of their words. The model reads words, word
 * pairs and character 4-grams (which absorb inflection, Nynorsk and typos), and is trained by
 * `npm run -s train:emergency` on the blind dev sets in `eval/`. It adds alarms, and takes one
 * away only where it is all but sure (see `veto`).
 */

export interface EmergencyModel {
  /** The probability from which the model raises the alarm (chosen by cross-validation). */
  threshold: number;
  /**
   * Below this probability the model overrules a rule's alarm: a rule's word in an idiom or in a
   * story long over. Set far below any held-out emergency the rules caught in cross-validation.
   */
  veto: number;
  bias: number;
  weights: Record<string, number>;
}

export interface Example {
  text: string;
  emergency: boolean;
}

export { features } from './word-model';

/** The model's probability that a message tells of acute danger. */
export function emergencyProbability(model: Pick<EmergencyModel, 'bias' | 'weights'>, text: string): number {
  return probability(model, text);
}

/** Fits the model on messages marked emergency or not (see `trainWords`). */
export function train(examples: Example[], options: TrainOptions = TRAIN_DEFAULTS): Pick<EmergencyModel, 'bias' | 'weights'> {
  return trainWords(examples.map((e) => ({ text: e.text, positive: e.emergency })), options);
}
