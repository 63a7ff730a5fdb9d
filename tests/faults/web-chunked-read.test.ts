// Fault injection, scenario "web-chunked-read" (the faults and their checks: tests/faults/inject.ts).
import { describeFaults } from "./inject";

describeFaults(3);
