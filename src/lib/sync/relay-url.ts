/** The relay of the server that served this page: same host, path `/sync`. */
export function defaultRelayUrl(location: Pick<Location, 'protocol' | 'host'>): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/**
 * The relay URL a room's socket opens: with the room, so a proxy in front of several relays can
 * send a room's devices to the same one (haproxy: `balance url_param room`). The relay ignores it.
 */
export function relayUrlForRoom(url: string, roomId: string): string {
	let withRoom: URL;
	try {
		withRoom = new URL(url);
	} catch {
		// A relay address the socket cannot open either: it reports that, not this.
		return url;
	}
	withRoom.searchParams.set('room', roomId);
	return withRoom.toString();
}
