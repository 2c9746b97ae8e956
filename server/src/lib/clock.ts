/** The injectable clock: production reads the system time, tests set "now". */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
