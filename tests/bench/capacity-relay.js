// The relay as `npm run relay` starts it, in a process that also reports its event-loop delay to
// the capacity bench that forked it (tests/bench/capacity.js). Bench only.
import { reportEventLoopDelay } from './capacity-loop.js';

reportEventLoopDelay();
await import('../../scripts/relay.js');
