/** The languages every player-visible text is written in, in the order the linter reports them. */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
