/** The relay of the server that served this page: same host, path `/sync`. */
export function defaultRelayUrl(location: Pick<Location, 'protocol' | 'host'>): string {
	return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}
