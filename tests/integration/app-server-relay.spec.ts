import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createAppServer } from '../../src/lib/server/app-server';
import { createRelay } from '../../src/lib/server/relay/create-relay';
import { attachRelay, healthReply } from '../../src/lib/server/relay/relay-server';
import { temporaryDataDir } from './helpers/relay-harness';
import { newRoom } from './helpers/rooms';
import { TestClient } from './helpers/test-client';
import { waitFor } from './helpers/wait-for';

const cleanups: (() => Promise<unknown> | void)[] = [];

afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

it('serves the app and its relay on one port, as `npm start` does', async () => {
	const buildDir = temporaryDataDir();
	const dataDir = temporaryDataDir();
	cleanups.push(buildDir.remove, dataDir.remove);
	writeFileSync(join(buildDir.path, 'index.html'), '<!doctype html><title>Canal</title>');
	const relay = createRelay({ dataDir: dataDir.path, log: () => {} });
	const server = createAppServer({
		buildDir: buildDir.path,
		health: (path) => healthReply(path, relay)
	});
	attachRelay(server, relay);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	cleanups.push(
		() => new Promise((resolve) => server.close(resolve)),
		() => relay.close()
	);
	const origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;

	const page = await fetch(`http://${origin}/w/some-workshop/purpose`);
	expect(await page.text()).toContain('<title>Canal</title>');

	const room = newRoom();
	const a = new TestClient(`ws://${origin}/sync`, room.name(), room.token('facilitator'));
	const b = new TestClient(`ws://${origin}/sync`, room.name(), room.token('participant'));
	cleanups.push(
		() => a.destroy(),
		() => b.destroy()
	);
	a.map.set('purpose', 'Same origin');
	await waitFor('the edit to reach b', () => b.map.get('purpose') === 'Same origin');
	expect(relay.stats().sockets).toBe(2);

	const ready = await fetch(`http://${origin}/readyz`);
	expect(ready.status).toBe(200);
	expect(await ready.json()).toEqual({ ok: true });

	// Shutting down: still alive, no longer ready, so a load balancer sends new sockets elsewhere.
	const closing = relay.close();
	const alive = await fetch(`http://${origin}/healthz`);
	const notReady = await fetch(`http://${origin}/readyz`);
	await closing;
	expect(alive.status).toBe(200);
	expect(notReady.status).toBe(503);
	expect(await notReady.json()).toEqual({ ok: false, reason: 'shutting down' });
});
