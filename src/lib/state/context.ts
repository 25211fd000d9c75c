import { getContext, setContext } from 'svelte';
import type { Database } from '../storage/database';
import type { SettingsState } from './settings.svelte';
import type { SessionRegistry } from './session-registry';
import type { WorkshopSession } from './workshop-session.svelte';

/** Per-app and per-workshop instances travel by context, never as module singletons. */
const APP = Symbol('canal-app');
const SESSION = Symbol('canal-session');

export interface AppContext {
	/** Dexie loads on `db.get()`: a workshop page paints without it. */
	db: Database;
	sessions: SessionRegistry;
	settings: SettingsState;
}

export function setAppContext(context: AppContext): void {
	setContext(APP, context);
}

export function getAppContext(): AppContext {
	const context = getContext<AppContext | undefined>(APP);
	if (!context) throw new Error('The app context is missing: render inside the root layout.');
	return context;
}

export function setSessionContext(session: () => WorkshopSession): void {
	setContext(SESSION, session);
}

/** The open workshop; only inside a workshop's layout, once it has opened. */
export function getSession(): WorkshopSession {
	const session = getContext<(() => WorkshopSession) | undefined>(SESSION);
	if (!session) throw new Error('No workshop is open here.');
	return session();
}
