// Fault injection, scenario "first-refresh" (the faults and their checks: tests/faults/inject.ts).
import { describeFaults, describeUserProtection } from "./inject";

describeFaults(0);
describeUserProtection();
