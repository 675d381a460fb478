import type { BotDeps } from './app';

/** The parts of the bot a capability contributes. */
export type Feature = Pick<Partial<BotDeps>, 'commands' | 'verbs' | 'fallback' | 'onActivity'>;

/** Merges capabilities; two claiming the same command or verb is a wiring bug, so it throws. */
export function mergeFeatures(...features: Feature[]): Feature {
  const merged: Required<Pick<Feature, 'commands' | 'verbs'>> & Pick<Feature, 'fallback' | 'onActivity'> = { commands: {}, verbs: {} };
  const watchers = features.flatMap((f) => (f.onActivity ? [f.onActivity] : []));
  if (watchers.length) merged.onActivity = (activity) => watchers.forEach((w) => w(activity));
  for (const f of features) {
    for (const [name, handler] of Object.entries(f.commands ?? {})) {
      if (merged.commands[name]) throw new Error(`command "${name}" is registered twice`);
      merged.commands[name] = handler;
    }
    for (const [verb, handler] of Object.entries(f.verbs ?? {})) {
      if (merged.verbs[verb]) throw new Error(`verb "${verb}" is registered twice`);
      merged.verbs[verb] = handler;
    }
    if (f.fallback) {
      if (merged.fallback) throw new Error('two capabilities claim free text');
      merged.fallback = f.fallback;
    }
  }
  return merged;
}
