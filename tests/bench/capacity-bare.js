// A bare Hocuspocus server (no extensions, no authentication, nothing stored), the baseline the
// capacity bench compares Canal's relay with. Forked by tests/bench/capacity.js, which it tells
// its port; reports its event-loop delay like the relay's wrapper. Bench only.
import { Server } from '@hocuspocus/server';
import { reportEventLoopDelay } from './capacity-loop.js';

reportEventLoopDelay();
const server = new Server({ port: 0, address: '127.0.0.1', quiet: true });
await server.listen();
process.send?.({ type: 'listening', port: server.address.port, pid: process.pid });
