import { describe, expect, it } from 'vitest';
import { relayUrlForRoom } from './relay-url';

describe('relayUrlForRoom', () => {
	it.each([
		['ws://localhost:3000/sync', 'ws://localhost:3000/sync?room=abc'],
		['wss://canal.example.org/sync', 'wss://canal.example.org/sync?room=abc'],
		['wss://canal.example.org/sync?room=old', 'wss://canal.example.org/sync?room=abc'],
		['ws://10.0.0.5:3001/sync?x=1', 'ws://10.0.0.5:3001/sync?x=1&room=abc'],
		['not a url', 'not a url']
	])('%s → %s', (url, expected) => {
		expect(relayUrlForRoom(url, 'abc')).toBe(expected);
	});
});
