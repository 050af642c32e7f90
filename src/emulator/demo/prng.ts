import { seededRandom } from '../seededRandom';

/** The emulator's generator, under the name the demo code and its tests know. */
export { seededRandom as mulberry32 };

/**
 * Draws for the demo portal from a seeded mulberry32, so the portal is the same for the same
 * seed on every machine; Math.random and the clock are never read.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** Exponentially distributed with the given mean (waiting times). */
  exponential(mean: number): number;
  /** Standard normal (Box–Muller), for log-normal amounts. */
  normal(): number;
}

/** A generator for one part of the portal; `stream` keeps parts independent of each other's draws. */
export function createRng(seed: number, stream = 0): Rng {
  const next = seededRandom(Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(stream + 1, 0x85ebca6b));
  next();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    exponential: (mean) => -mean * Math.log(1 - next()),
    normal: () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}
