import * as Y from 'yjs';
import { PlanDoc } from '../../src/lib/doc/plan-doc';
import { STEP_IDS, type StepId } from '../../src/lib/domain/steps';
import {
	DECISIONS,
	GOAL_KINDS,
	keysOf,
	LISTENING_KINDS,
	MATURITY_DIMENSIONS,
	NOTE_COLORS,
	PLATFORM_KINDS,
	SENTIMENT_VALUES,
	STAKEHOLDER_GROUPS,
	SWOT_KINDS
} from '../../src/lib/domain/vocabulary';
import { Random } from './random';

export interface WorkshopSize {
	stakeholders: number;
	platforms: number;
	goals: number;
	notes: number;
	team: number;
	/** Extra edits per record after creation, as people refine what they wrote. */
	editsPerRecord: number;
	/** Every note on this step (one crowded board) instead of spread over all steps. */
	noteStep?: StepId;
}

export const REFERENCE_SIZE: WorkshopSize = {
	stakeholders: 30,
	platforms: 12,
	goals: 15,
	notes: 300,
	team: 8,
	editsPerRecord: 1
};

export const LARGE_SIZE: WorkshopSize = {
	stakeholders: 300,
	platforms: 40,
	goals: 60,
	notes: 3_000,
	team: 20,
	editsPerRecord: 5
};

/** A big plan: far past a workshop's usual size, to find what grows with it. */
export const BIG_SIZE: WorkshopSize = {
	stakeholders: 5_000,
	platforms: 1_000,
	goals: 60,
	notes: 20_000,
	team: 20,
	editsPerRecord: 0,
	noteStep: 'listening'
};

const WORDS = [
	'listen',
	'community',
	'trust',
	'local',
	'answer',
	'questions',
	'weekly',
	'share',
	'stories',
	'volunteers',
	'members',
	'events',
	'press',
	'partners',
	'feedback',
	'visible',
	'experts',
	'respond',
	'quickly',
	'careful',
	'privacy',
	'guidelines',
	'video',
	'newsletter',
	'forum',
	'thank',
	'promoters',
	'critics',
	'honest',
	'measure',
	'growth',
	'relationships',
	'reputation',
	'café',
	'naïve',
	'Ελλάδα',
	'Москва',
	'données',
	'Zürich',
	'niño'
];

const NAMES = [
	'Amara',
	'Bjørn',
	'Chloé',
	'Dmitri',
	'Élodie',
	'Farid',
	'Grete',
	'Hiroshi',
	'Inès',
	'Jonas',
	'Katarzyna',
	'Luís',
	'Mei',
	'Nikos',
	'Olga',
	'Pieter',
	'Quentin',
	'Rania',
	'Søren',
	'Tomás'
];

const PLATFORM_NAMES = [
	'LinkedIn page',
	'Instagram',
	'YouTube channel',
	'TikTok',
	'Mastodon',
	'Bluesky',
	'Reddit',
	'Local forum',
	'Newsletter',
	'Blog',
	'WhatsApp channel',
	'Podcast',
	'Discord server',
	'Threads'
];

/** Two names that every test of text handling needs to see survive: markup and Cyrillic. */
export const MARKUP_NAME = 'Press <script>alert("x")</script> & co';
export const CYRILLIC_NAME = 'Городской совет';

/**
 * Builds a complete, realistic plan with every field filled, by the same PlanDoc methods people
 * use (so its history looks like real editing, not one bulk insert). Same seed, same plan.
 */
export function buildWorkshop(size: WorkshopSize, seed = 1, ydoc = new Y.Doc()): PlanDoc {
	const random = new Random(seed);
	ydoc.clientID = 1 + (seed % 1_000_000);
	const plan = PlanDoc.create(
		{
			title: `Reference workshop ${seed}`,
			organisation: 'Riverside Libraries',
			facilitator: 'Inès Moreau'
		},
		ydoc,
		Date.UTC(2026, 10, 2)
	);
	const text = (min = 4, max = 14) => random.sentence(WORDS, min, max);

	plan.setPurposeText('statement', text(10, 30));
	plan.setPurposeText('knownFor', text(6, 16));
	for (let i = 0; i < 4; i++) plan.add('values', { text: text(2, 5) }, random.id());

	const team = Array.from({ length: size.team }, (_, i) =>
		plan.add(
			'team',
			{
				name: `${NAMES[i % NAMES.length]} ${i + 1}`,
				role: random.pick(['Comms', 'Marketing', 'Library staff', 'Director', 'Volunteer lead']),
				usesSocialDaily: random.chance(0.6),
				hoursPerWeek: random.chance(0.8) ? random.int(1, 8) : null
			},
			random.id()
		)
	);
	for (const member of team) {
		for (const dimension of keysOf(MATURITY_DIMENSIONS))
			plan.rate(member, dimension, random.int(1, 5));
	}
	for (const dimension of keysOf(MATURITY_DIMENSIONS)) plan.setMaturityNote(dimension, text());

	const stakeholders = Array.from({ length: size.stakeholders }, (_, i) => {
		const name =
			i === 0 ? MARKUP_NAME : i === 1 ? CYRILLIC_NAME : `${random.pick(WORDS)} group ${i + 1}`;
		return plan.add(
			'stakeholders',
			{
				name,
				group: random.pick(keysOf(STAKEHOLDER_GROUPS)),
				interests: text(),
				concerns: text(),
				hopes: text(),
				online: text(2, 6),
				sentiment: random.pick(SENTIMENT_VALUES),
				relationship: text(3, 8),
				influence: random.int(0, 100),
				interest: random.int(0, 100),
				reach: random.int(5, 100),
				engagement: text(3, 10),
				notes: text()
			},
			random.id()
		);
	});

	for (const kind of keysOf(LISTENING_KINDS)) {
		for (let i = 0; i < 3; i++)
			plan.add(
				'listening',
				{ kind, source: random.pick(PLATFORM_NAMES), text: text() },
				random.id()
			);
	}
	for (const kind of keysOf(SWOT_KINDS)) {
		for (let i = 0; i < 3; i++) plan.add('swot', { kind, text: text(3, 10) }, random.id());
	}

	const platforms = Array.from({ length: size.platforms }, (_, i) =>
		plan.add(
			'platforms',
			{
				name: `${PLATFORM_NAMES[i % PLATFORM_NAMES.length]}${i >= PLATFORM_NAMES.length ? ` ${i + 1}` : ''}`,
				kind: random.pick(keysOf(PLATFORM_KINDS)),
				norms: text(),
				effort: random.int(1, 5),
				fit: random.int(1, 5),
				decision: random.pick(keysOf(DECISIONS)),
				reason: text(),
				owner: random.pick(NAMES),
				faces: `${random.pick(NAMES)}, ${random.pick(NAMES)}`
			},
			random.id()
		)
	);
	// About five platforms per stakeholder (1,500 links in the large workshop).
	for (const stakeholder of stakeholders) {
		const count = Math.min(platforms.length, 5);
		const chosen = new Set<string>();
		while (chosen.size < count) chosen.add(random.pick(platforms));
		for (const platform of chosen)
			plan.setPresence(stakeholder, platform, random.pick([1, 2, 3] as const));
	}

	const goals = Array.from({ length: size.goals }, () =>
		plan.add(
			'goals',
			{
				statement: text(),
				kind: random.pick(keysOf(GOAL_KINDS)),
				metric: text(2, 4),
				baseline: String(random.int(0, 500)),
				target: String(random.int(500, 2000)),
				deadline: `2027-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
				owner: random.pick(NAMES),
				stakeholderIds: [random.pick(stakeholders), random.pick(stakeholders)],
				platformIds: [random.pick(platforms)]
			},
			random.id()
		)
	);

	plan.setCommitmentText('budget', text(3, 8));
	plan.setCommitmentText('skills', text());
	plan.setCommitmentText('training', text());
	plan.setCommitmentText('approvalFlow', text());
	plan.setCommitmentText('privacyRules', text());
	plan.setCommitmentText('responsePolicy', text());
	plan.setResponseTime(random.int(2, 48));

	const notes = Array.from({ length: size.notes }, () =>
		plan.add(
			'notes',
			{
				step: size.noteStep ?? random.pick(STEP_IDS),
				text: text(2, 10),
				color: random.pick(keysOf(NOTE_COLORS)),
				cluster: random.chance(0.3) ? random.pick(['Ideas', 'Risks', 'Quick wins']) : ''
			},
			random.id()
		)
	);

	// Refinements: people come back to what they wrote.
	for (let round = 0; round < size.editsPerRecord; round++) {
		for (const id of stakeholders) {
			const current = plan.get('stakeholders', id);
			if (!current) continue;
			plan.setText('stakeholders', id, 'interests', `${current.interests} ${random.pick(WORDS)}`);
			plan.update('stakeholders', id, { influence: random.int(0, 100) });
		}
		for (const id of notes) {
			const current = plan.get('notes', id);
			if (current) plan.setText('notes', id, 'text', `${current.text} ${random.pick(WORDS)}`);
		}
		for (const id of goals) plan.update('goals', id, { target: String(random.int(500, 2000)) });
		for (const id of platforms) plan.update('platforms', id, { fit: random.int(1, 5) });
	}
	plan.clearHistory();
	return plan;
}

export function referenceWorkshop(seed = 1, ydoc = new Y.Doc()): PlanDoc {
	return buildWorkshop(REFERENCE_SIZE, seed, ydoc);
}

export function largeWorkshop(seed = 2, ydoc = new Y.Doc()): PlanDoc {
	return buildWorkshop(LARGE_SIZE, seed, ydoc);
}

/** A plan of `size` (the big plan's by default), titled so a test can find it in the list. */
export function bigWorkshop(
	size: Partial<WorkshopSize> = {},
	seed = 3,
	ydoc = new Y.Doc()
): PlanDoc {
	const plan = buildWorkshop({ ...BIG_SIZE, ...size }, seed, ydoc);
	plan.setMeta({ title: `Big plan ${seed}` });
	plan.clearHistory();
	return plan;
}
