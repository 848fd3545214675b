// Vite (and so Vitest) inlines a file imported with ?raw as a string: the corpus test reads
// our fixtures this way, so no test in the pure core needs file IO.
declare module '*?raw' {
  const text: string;
  export default text;
}
