/** A small seeded PRNG (mulberry32): the same seed gives the same workshop on every machine. */
export class Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	next(): number {
		this.state = (this.state + 0x6d2b79f5) >>> 0;
		let t = this.state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	pick<T>(items: readonly T[]): T {
		const item = items[Math.floor(this.next() * items.length)];
		if (item === undefined) throw new Error('pick from an empty list');
		return item;
	}

	chance(probability: number): boolean {
		return this.next() < probability;
	}

	/** A deterministic record id in the same shape as real ones. */
	id(): string {
		let id = '';
		for (let i = 0; i < 16; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[this.int(0, 35)];
		return id;
	}

	sentence(words: readonly string[], min: number, max: number): string {
		const count = this.int(min, max);
		const picked = Array.from({ length: count }, () => this.pick(words));
		const text = picked.join(' ');
		return text.charAt(0).toUpperCase() + text.slice(1) + '.';
	}
}
