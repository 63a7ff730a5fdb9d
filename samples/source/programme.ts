// The seed programme's areas and tasks live in the core (src/core/sample/programme.ts), which the template
// ships; the samples read them from there.
export * from "../../src/core/sample/programme";
