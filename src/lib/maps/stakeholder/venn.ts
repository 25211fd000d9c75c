import {
	SALIENCE_ATTRIBUTE_KEYS,
	SALIENCE_CLASSES,
	salienceOf,
	type SalienceAttribute,
	type SalienceClass
} from '../../domain/salience';

/**
 * Geometry of the salience map's three overlapping circles: power top left, legitimacy top right,
 * urgency below, on an equilateral triangle so each pair overlaps and all three meet in the middle.
 */

export interface Point {
	x: number;
	y: number;
}

export interface Venn {
	centre: Point;
	radius: number;
	circles: Record<SalienceAttribute, Point>;
}

/** Centres sit this share of the radius away from the figure's centre. */
const SPREAD = 0.58;
/** Direction of each circle's centre from the figure's centre (y grows downwards). */
const ANGLES: Record<SalienceAttribute, number> = {
	power: (-150 * Math.PI) / 180,
	legitimacy: (-30 * Math.PI) / 180,
	urgency: (90 * Math.PI) / 180
};

export function venn(centre: Point, radius: number): Venn {
	const distance = radius * SPREAD;
	const at = (angle: number): Point => ({
		x: centre.x + distance * Math.cos(angle),
		y: centre.y + distance * Math.sin(angle)
	});
	return {
		centre,
		radius,
		circles: {
			power: at(ANGLES.power),
			legitimacy: at(ANGLES.legitimacy),
			urgency: at(ANGLES.urgency)
		}
	};
}

/** How far the figure reaches from its centre: left/right, up and down. */
export function vennExtent(radius: number) {
	const distance = radius * SPREAD;
	return {
		halfWidth: distance * Math.cos(Math.PI / 6) + radius,
		up: distance * Math.sin(Math.PI / 6) + radius,
		down: distance + radius
	};
}

/** Class per combination of attributes, as a bit mask: power 1, legitimacy 2, urgency 4. */
const CLASS_BY_MASK: SalienceClass[] = Array.from({ length: 8 }, (_, mask) =>
	salienceOf({ power: (mask & 1) !== 0, legitimacy: (mask & 2) !== 0, urgency: (mask & 4) !== 0 })
);

/**
 * The class of a point when a dot of radius `clearance` centred there lies wholly inside or
 * wholly outside each circle; null when it would straddle an outline.
 */
export function regionAt(figure: Venn, point: Point, clearance: number): SalienceClass | null {
	let mask = 0;
	for (let bit = 0; bit < SALIENCE_ATTRIBUTE_KEYS.length; bit++) {
		const circle = figure.circles[SALIENCE_ATTRIBUTE_KEYS[bit] as SalienceAttribute];
		const distance = Math.hypot(point.x - circle.x, point.y - circle.y);
		if (distance <= figure.radius - clearance) mask |= 1 << bit;
		else if (distance < figure.radius + clearance) return null;
	}
	return CLASS_BY_MASK[mask] ?? null;
}

/**
 * A point well inside each region, where its name goes: on the ray from the figure's centre
 * towards the region's circles (away from the others), halfway across the region.
 */
export function regionAnchor(figure: Venn, region: Exclude<SalienceClass, 'none'>): Point {
	const attributes = SALIENCE_CLASSES[region].attributes as readonly SalienceAttribute[];
	if (attributes.length === 3) return figure.centre;
	let dx = 0;
	let dy = 0;
	for (const attribute of attributes) {
		dx += Math.cos(ANGLES[attribute]);
		dy += Math.sin(ANGLES[attribute]);
	}
	const length = Math.hypot(dx, dy);
	dx /= length;
	dy /= length;
	// Walk outwards in small steps and keep the stretch that lies in the region.
	const step = figure.radius / 100;
	let first = -1;
	let last = -1;
	for (let t = 0; t <= figure.radius * 2; t += step) {
		const point = { x: figure.centre.x + dx * t, y: figure.centre.y + dy * t };
		if (regionAt(figure, point, 0) === region) {
			if (first < 0) first = t;
			last = t;
		} else if (first >= 0) break;
	}
	const t = first < 0 ? 0 : (first + last) / 2;
	return { x: figure.centre.x + dx * t, y: figure.centre.y + dy * t };
}
