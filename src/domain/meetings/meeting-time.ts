// Re-exports the local-time helpers meetings need, so the meeting rules depend on one module.
export { atLocal, localDate, localTime } from '../calendar/index.ts';
export { minutesOfDay as minutesOfDayOf } from '../calendar/local-time.ts';
