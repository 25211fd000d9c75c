import {
	select,
	zoom,
	zoomIdentity,
	type Selection,
	type ZoomBehavior,
	type ZoomTransform
} from 'd3';

const MIN_SCALE = 0.5;
const MAX_SCALE = 8;

/**
 * Zoom and pan of one map: d3-zoom reads wheel, pinch, double-click and background drags and
 * does the math; the resulting transform is state that the Svelte component draws with.
 * Gestures that start on a dot or with Shift held are left to the map (dragging a dot,
 * drawing a selection rectangle).
 */
export class MapZoom {
	transform: ZoomTransform = $state.raw(zoomIdentity);
	#behavior: ZoomBehavior<SVGSVGElement, unknown> | null = null;
	#selection: Selection<SVGSVGElement, unknown, null, undefined> | null = null;

	/** Attaches to an SVG element; returns the detach function (use as an effect's cleanup). */
	attach(svg: SVGSVGElement, size: { width: number; height: number }): () => void {
		const behavior = zoom<SVGSVGElement, unknown>()
			.scaleExtent([MIN_SCALE, MAX_SCALE])
			.translateExtent([
				[-size.width * 0.5, -size.height * 0.5],
				[size.width * 1.5, size.height * 1.5]
			])
			.filter((event: Event) => {
				const target = event.target as Element | null;
				if (target?.closest('.map-node-group')) return false;
				if (event instanceof MouseEvent && (event.shiftKey || event.button !== 0)) return false;
				return true;
			})
			.on('zoom', (event: { transform: ZoomTransform }) => {
				this.transform = event.transform;
			});
		const selection = select(svg);
		selection.call(behavior);
		this.#behavior = behavior;
		this.#selection = selection;
		return () => {
			selection.on('.zoom', null);
			this.#behavior = null;
			this.#selection = null;
		};
	}

	get zoomed(): boolean {
		const { k, x, y } = this.transform;
		return k !== 1 || x !== 0 || y !== 0;
	}

	zoomIn(): void {
		this.#apply((behavior, target) => behavior.scaleBy(target, 1.5));
	}

	zoomOut(): void {
		this.#apply((behavior, target) => behavior.scaleBy(target, 1 / 1.5));
	}

	/** Back to the whole map. */
	fit(): void {
		this.#apply((behavior, target) => behavior.transform(target, zoomIdentity));
	}

	/** Brings a scene point into view, keeping the zoom level. */
	reveal(x: number, y: number, size: { width: number; height: number }): void {
		const { k } = this.transform;
		const [sx, sy] = this.transform.apply([x, y]);
		if (sx >= 0 && sx <= size.width && sy >= 0 && sy <= size.height) return;
		this.#apply((behavior, target) =>
			behavior.transform(
				target,
				zoomIdentity.translate(size.width / 2 - x * k, size.height / 2 - y * k).scale(k)
			)
		);
	}

	#apply(
		change: (
			behavior: ZoomBehavior<SVGSVGElement, unknown>,
			target: Selection<SVGSVGElement, unknown, null, undefined>
		) => void
	): void {
		// Applied at once, without an animated transition: the map redraws in one frame anyway,
		// and people who asked for reduced motion get no motion.
		if (this.#behavior && this.#selection) change(this.#behavior, this.#selection);
	}
}
