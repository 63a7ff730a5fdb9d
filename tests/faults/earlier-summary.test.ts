// Fault injection, scenario "earlier-summary" (the faults and their checks: tests/faults/inject.ts).
import { describeFaults } from "./inject";

describeFaults(1);
