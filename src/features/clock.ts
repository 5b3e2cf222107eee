/** Source of the current time; tests and the scheduler inject their own. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
