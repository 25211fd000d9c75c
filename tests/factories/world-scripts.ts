import * as Y from 'yjs';
import type { PlanDoc } from '../../src/lib/doc/plan-doc';
import { fieldSpec } from '../../src/lib/doc/schema';
import type { Plan } from '../../src/lib/domain/plan';
import { strategyPlan } from './strategy-plan';
import { referenceWorkshop } from './workshop';

/**
 * Texts in the scripts people write plans in, and the awkward cases of each: what the exports must
 * print exactly (the right glyphs, joined and ordered as read) with fonts embedded, offline.
 */
export const WORLD_NAMES = {
	english: 'Riverside Library',
	simplified: '北京市图书馆',
	traditional: '臺北市立圖書館',
	japanese: '東京都の図書館',
	korean: '서울 도서관',
	arabic: 'مكتبة دبي ٢٠٢٦',
	arabicDigits: 'جمعية 2026 للشباب',
	hebrew: 'ספריית תל אביב',
	thai: 'ห้องสมุดกรุงเทพ',
	hindi: 'दिल्ली पुस्तकालय',
	emoji: 'Café 📚 Club 👍🏽'
} as const;

/** The hard cases: mixed directions, marks, joiners, emoji sequences, a bare override. */
export const AWKWARD_TEXTS = {
	mixed: 'Partner: مكتبة دبي (Dubai) and ספריית תל אביב, 12 events',
	combining: 'Zoë Ångström: ạ́ and e\u0301',
	zeroWidth: 'क्\u200dष and می\u200cخواهم',
	family: 'Team 👨\u200d👩\u200d👧\u200d👦 and 👩🏾\u200d💻',
	flags: 'Flags 🇯🇵 🇧🇷 🏳️\u200d🌈',
	override: '\u202e'
} as const;

/** A long Arabic paragraph (20,000 characters): it must export whole. */
export const LONG_ARABIC = (() => {
	const sentence = 'نلتقي بالجمهور في المكتبة كل أسبوع ونكتب عن الكتب الجديدة. ';
	return sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
})();

export const WORLD_STRINGS: readonly string[] = [
	...Object.values(WORLD_NAMES),
	...Object.values(AWKWARD_TEXTS)
];

/**
 * The strategy plan with a world-script text in every kind of field: the title and organisation,
 * a stakeholder named in each script (on the map), platforms, goals, values, the SWOT, listening
 * notes, the commitment and board notes. `long` adds the 20,000-character Arabic paragraph.
 */
export function worldScriptsPlan({ long = false }: { long?: boolean } = {}): Plan {
	return withWorldScripts(strategyPlan(), long);
}

/** Puts the world-script texts into a plan's fields (in place). */
function withWorldScripts(plan: Plan, long: boolean): Plan {
	const names = Object.values(WORLD_NAMES);
	plan.meta.title = `${WORLD_NAMES.simplified} · ${WORLD_NAMES.arabic}`;
	plan.meta.organisation = WORLD_NAMES.hebrew;
	plan.meta.facilitator = WORLD_NAMES.korean;
	plan.purpose.statement = AWKWARD_TEXTS.mixed;
	plan.purpose.knownFor = `${WORLD_NAMES.thai} ${WORLD_NAMES.hindi}`;
	names.forEach((name, index) => {
		const stakeholder = plan.stakeholders[index % plan.stakeholders.length]!;
		stakeholder.name = name;
		stakeholder.interests = names[(index + 1) % names.length]!;
		stakeholder.notes = AWKWARD_TEXTS.combining;
	});
	const awkward = Object.values(AWKWARD_TEXTS);
	plan.stakeholders[names.length % plan.stakeholders.length]!.name = AWKWARD_TEXTS.override;
	plan.stakeholders[0]!.engagement = AWKWARD_TEXTS.family;
	plan.stakeholders[1]!.concerns = AWKWARD_TEXTS.zeroWidth;
	plan.platforms.forEach((platform, index) => {
		platform.reason = names[index % names.length]!;
		platform.owner = WORLD_NAMES.japanese;
	});
	plan.goals.forEach((goal, index) => {
		goal.statement = `${names[(index + 3) % names.length]!} ${AWKWARD_TEXTS.flags}`;
		goal.metric = WORLD_NAMES.arabicDigits;
	});
	plan.values.forEach((value, index) => (value.text = awkward[index % awkward.length]!));
	plan.swot.forEach((item, index) => (item.text = names[(index + 5) % names.length]!));
	plan.listening.forEach((note, index) => (note.text = names[(index + 7) % names.length]!));
	plan.notes.forEach((note, index) => (note.text = names[index % names.length]!));
	plan.commitment.privacyRules = WORLD_NAMES.traditional;
	plan.commitment.responsePolicy = long ? LONG_ARABIC : WORLD_NAMES.arabic;
	return plan;
}

const KINDS = [
	'values',
	'stakeholders',
	'listening',
	'swot',
	'platforms',
	'goals',
	'notes'
] as const;

/**
 * The reference workshop with the same texts, written through PlanDoc as people would type them:
 * a workshop file the browser benchmarks and end-to-end tests import.
 */
export function worldScriptsWorkshop(ydoc = new Y.Doc(), long = false): PlanDoc {
	const doc = referenceWorkshop(1, ydoc);
	const before = doc.toJSON();
	const after = withWorldScripts(structuredClone(before), long);
	doc.batch(() => {
		doc.setMeta({
			title: after.meta.title,
			organisation: after.meta.organisation,
			facilitator: after.meta.facilitator
		});
		doc.setPurposeText('statement', after.purpose.statement);
		doc.setPurposeText('knownFor', after.purpose.knownFor);
		doc.setCommitmentText('privacyRules', after.commitment.privacyRules);
		doc.setCommitmentText('responsePolicy', after.commitment.responsePolicy);
		for (const kind of KINDS) {
			after[kind].forEach((record, index) => {
				const old = before[kind][index] as unknown as Record<string, unknown>;
				for (const [field, value] of Object.entries(record)) {
					if (typeof value !== 'string' || value === old[field] || field === 'id') continue;
					if (fieldSpec(kind, field)?.type === 'text')
						doc.setText(kind, record.id, field as never, value);
					else doc.update(kind, record.id, { [field]: value } as never);
				}
			});
		}
	});
	return doc;
}
