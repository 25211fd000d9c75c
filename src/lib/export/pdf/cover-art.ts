import { COLORS } from './theme';

/**
 * A quiet motif for the cover: a few water lines, the canal of the product's name (a channel
 * between many parties, not a loudspeaker). Vector, so it stays sharp and adds almost nothing to
 * the file.
 */
export function coverArtSvg(width: number, height: number): string {
	const lines = [
		{ y: 0.3, amplitude: 7, wavelength: 150, color: COLORS.accentSoft, stroke: 10 },
		{ y: 0.5, amplitude: 9, wavelength: 190, color: COLORS.accentMid, stroke: 2 },
		{ y: 0.68, amplitude: 6, wavelength: 120, color: COLORS.accent, stroke: 1.2 },
		{ y: 0.84, amplitude: 8, wavelength: 210, color: COLORS.accentMid, stroke: 0.8 }
	];
	const paths = lines.map(({ y, amplitude, wavelength, color, stroke }, index) => {
		const base = y * height;
		let d = `M0 ${base.toFixed(1)}`;
		for (let x = 0; x < width; x += wavelength / 2) {
			const direction = (x / (wavelength / 2) + index) % 2 === 0 ? -1 : 1;
			d += ` Q${(x + wavelength / 4).toFixed(1)} ${(base + direction * amplitude).toFixed(1)} ${(x + wavelength / 2).toFixed(1)} ${base.toFixed(1)}`;
		}
		return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${stroke}" stroke-linecap="round"/>`;
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${paths.join('')}</svg>`;
}
