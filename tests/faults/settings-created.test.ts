// Fault injection, scenario "settings-created" (the faults and their checks: tests/faults/inject.ts).
import { describeFaults } from "./inject";

describeFaults(2);
