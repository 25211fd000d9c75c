import type { Locale } from '../../domain/locale';
import type { Finding } from '../../domain/plan-check/types';
import type { Plan } from '../../domain/plan';

/**
 * A map as plain data: everything a map shows, already placed in its own coordinate space
 * (the SVG viewBox, 0,0 top left). Layout functions build a scene from plan records; the Svelte
 * map components and the standalone SVG renderer both draw the same scene, so the PDF and the
 * downloads look like the screen.
 *
 * Scenes hold plain numbers and strings only: no DOM, no D3 objects, no functions.
 */
export type MapKind = 'stakeholders' | 'salience' | 'platforms' | 'fit-effort';

/** What a layout reads: a plan, or just the parts maps need (never changed by a layout). */
export type MapPlan = {
	readonly [K in 'stakeholders' | 'platforms' | 'presence']: readonly Readonly<Plan[K][number]>[];
};

export interface MapOptions {
	/** Width of the drawing area in px; layouts choose a height that suits the data. */
	width?: number;
	/** Plan-check findings to mark on the nodes they are about. */
	findings?: readonly Finding[];
	/** Only these stakeholder ids are drawn (a filter); undefined draws all. */
	visibleStakeholders?: ReadonlySet<string>;
	/**
	 * Stakeholders' places in an earlier version of the plan (the stakeholder map draws where each
	 * moved one stood as a hollow dot with an arrow), and that version's name for the summary.
	 */
	earlier?: { name: string; places: ReadonlyMap<string, { influence: number; interest: number }> };
	/** The language of the map's words; the active language when absent. The axes never move. */
	locale?: Locale;
}

/** Background drawing, not interactive: quadrant fills, gridlines, axis and region labels, legend. */
export type Shape =
	| {
			type: 'rect';
			x: number;
			y: number;
			width: number;
			height: number;
			className: string;
			fill?: string;
	  }
	| { type: 'circle'; cx: number; cy: number; r: number; className: string; fill?: string }
	| {
			type: 'line';
			x1: number;
			y1: number;
			x2: number;
			y2: number;
			className: string;
			strokeWidth?: number;
			stroke?: string;
	  }
	| {
			type: 'text';
			x: number;
			y: number;
			text: string;
			className: string;
			anchor?: 'start' | 'middle' | 'end';
			/** Degrees, around (x, y): -90 for a vertical axis label. */
			rotate?: number;
			fill?: string;
	  };

export interface SceneLabel {
	/** What is drawn: the name, or a shortened form of it when space is tight. */
	text: string;
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	/** True when `text` is shorter than the name (the full name is in the node's title). */
	truncated: boolean;
}

export interface SceneNode {
	/** The record's id. */
	id: string;
	record: 'stakeholders' | 'platforms';
	x: number;
	y: number;
	r: number;
	fill: string;
	/** Extra CSS classes: e.g. `decision-focus`, `sentiment-neg2`, `has-finding`. */
	className: string;
	/** The full name as typed (or "Unnamed stakeholder"), for the tooltip and screen readers. */
	name: string;
	/**
	 * One sentence a screen reader reads: "Parents: influence 45, interest 80, supportive." A large
	 * map's layouts make it when first read (a getter): on screen only the dot a keyboard user
	 * moves to is spoken, and building hundreds of sentences up front was a fifth of laying out
	 * the platform map.
	 */
	readonly description: string;
	/** Null when there is no room for a label even shortened: the name stays in the tooltip. */
	label: SceneLabel | null;
	/** Messages of plan-check findings about this record, shown as a marker on the node. */
	warnings: string[];
}

export interface SceneLink {
	/** `stakeholderId:platformId`. */
	id: string;
	source: string;
	target: string;
	/** SVG path data from source node to target node. */
	d: string;
	/** Stroke width, from the presence strength. */
	width: number;
	strength: 1 | 2 | 3;
	className: string;
}

export interface LegendItem {
	label: string;
	/** How the key is drawn: a filled dot, a line of some width, or a circle of some size. */
	swatch: 'dot' | 'line' | 'size';
	color: string;
	/** Line width or circle radius. */
	size?: number;
}

export interface LegendGroup {
	title: string;
	items: LegendItem[];
}

export interface MapScene {
	kind: MapKind;
	/** Accessible name of the drawing, e.g. "Stakeholder map: influence by interest". */
	title: string;
	/** A summary a screen reader reads before the details. */
	summary: string;
	/**
	 * Said on screen under the map when it does not draw every record (it counts them per area
	 * instead): what it shows and where each record is.
	 */
	notice?: string;
	width: number;
	height: number;
	/** Drawn first, under links and nodes. */
	background: Shape[];
	links: SceneLink[];
	nodes: SceneNode[];
	/** Drawn last, over the nodes (axis titles that must stay readable). */
	foreground: Shape[];
	legend: LegendGroup[];
	/**
	 * For draggable maps: how a point in the scene maps to the records' values, so a drop can be
	 * written back. Along each axis, `field` is the record's field, `min`/`max` its value range,
	 * and `from`/`to` the scene coordinates where `min` and `max` lie (for a vertical axis `from`
	 * is below `to`: y grows downwards in the scene, upwards in value). Linear between them.
	 */
	axes?: {
		x: { field: string; min: number; max: number; from: number; to: number };
		y: { field: string; min: number; max: number; from: number; to: number };
	};
}
