import { groups, pause, step, type BuiltInRecipe } from './parts';

export const recipes: readonly BuiltInRecipe[] = [
	{
		id: 'full-day',
		recipe: {
			name: 'Full-day strategy',
			description:
				'The whole method in one day: from purpose to a plan the team can commit to, with a lunch break.',
			items: [
				step(
					'purpose',
					45,
					'What should our organisation be known for in two years?',
					groups('Known for', 'Values')
				),
				step('maturity', 30, 'Where do we stand today, and where do we disagree?'),
				pause(15, 'Coffee'),
				step(
					'stakeholders',
					60,
					'Who matters to us, and what do they care about?',
					groups('Inside', 'Partners', 'Public')
				),
				step(
					'listening',
					45,
					'What is already being said about us, and by whom?',
					groups('Said about us', 'Peers to learn from')
				),
				pause(60, 'Lunch'),
				step('platforms', 60, 'Where are our people, and what does each platform ask of us?'),
				step('goals', 60, 'What will we achieve, how will we know, and who owns it?'),
				pause(15, 'Coffee'),
				step('commitment', 45, 'What can we honestly commit to: hours, budget, skills?'),
				step('review', 30, 'Is this plan realistic? What do we do on Monday?')
			]
		}
	},
	{
		id: 'half-day-kick-off',
		recipe: {
			name: 'Half-day kick-off',
			description:
				'A first half day: purpose, the people who matter and first goals. The rest of the method follows later.',
			items: [
				step(
					'purpose',
					40,
					'Why are we on social media at all?',
					groups('Why we are here', 'What we stand for')
				),
				step(
					'stakeholders',
					60,
					'Who do we need to reach, and who already listens?',
					groups('Must reach', 'Already listening')
				),
				pause(15, 'Break'),
				step('goals', 50, 'Which two or three goals would make this year a success?'),
				step('review', 15, 'What happens next, and who does it?')
			]
		}
	},
	{
		id: 'annual-review',
		recipe: {
			name: '90-minute annual review',
			description:
				'A yearly check-up: where the team stands on the four maturity dimensions and which platforms to keep, grow or leave.',
			items: [
				step(
					'maturity',
					30,
					'What changed in the last year? Where did we grow, where did we stall?',
					groups('Grew', 'Stalled')
				),
				step(
					'platforms',
					45,
					'For each platform: keep, grow, reduce or leave, and why?',
					groups('Keep', 'Grow', 'Reduce', 'Leave')
				),
				step('review', 15, 'What do we decide today, and who owns each decision?')
			]
		}
	},
	{
		id: 'listening-session',
		recipe: {
			name: 'Listening session',
			description:
				'Listen before speaking: what people say about the organisation and its field, and the norms of each community.',
			items: [
				step('purpose', 15, 'What do we want to learn by listening?'),
				step(
					'listening',
					60,
					'What do people say about us and our field, and how do they say it?',
					groups('Said about us', 'Said about our field', 'Community norms', 'Questions people ask')
				),
				pause(10, 'Break'),
				step('review', 20, 'What surprised us, and what do we do with it?')
			]
		}
	}
];
