// Canal is a local-first single-page app: all data lives in the browser, so nothing renders on a server.
export const ssr = false;
export const prerender = false;
export const trailingSlash = 'never';
