import type { ReactNode } from 'react';

/**
 * What every host rendering receives: the props exactly as the extension sent them (design.md
 * "Set-ups verified": strings stay strings, callbacks are plain functions on the same thread)
 * plus the rendered children. Each mapping reads only the props it knows, so it is typed loosely.
 */
export interface HostProps {
  children?: ReactNode;
  testId?: string;
  [prop: string]: unknown;
}

/** `data-testid` for the DOM, so browser tests find an element by the testId the card gave it. */
export const testIdOf = (props: HostProps): { 'data-testid'?: string } =>
  typeof props.testId === 'string' ? { 'data-testid': props.testId } : {};

export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

export const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

export const bool = (value: unknown): boolean => value === true;

/** Calls an extension callback if it is one; a missing or non-function prop is simply not wired. */
export function call(callback: unknown, ...args: unknown[]): void {
  if (typeof callback === 'function') (callback as (...a: unknown[]) => unknown)(...args);
}

/** Class names from parts, skipping the falsy ones. */
export const cx = (...parts: Array<string | false | null | undefined>): string => parts.filter(Boolean).join(' ');
