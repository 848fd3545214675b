export * from './smart.js';
export { daysUntil, readTimeFrame, type Period, type TimeFrame } from './time-frame.js';
