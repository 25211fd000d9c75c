import { register } from 'node:module';
register('./raw-import-hooks.mjs', import.meta.url);
const { buildReport, editionSource, reportMaps } = await import('../../src/lib/domain/report');
const { reportToPdfDefinition } = await import('../../src/lib/export/pdf/docDefinition');
const { loadPdfEngine, renderPdf } = await import('../../src/lib/export/pdf/render');
const { STYLES } = await import('../../src/lib/export/pdf/theme');
const { strategyPlan } = await import('../factories/strategy-plan');
const { drawMaps } = await import('../../src/lib/export/map-svgs');
const { MAP_DRAWERS } = await import('../../src/lib/export/map-drawers');
await loadPdfEngine();
const plan = strategyPlan('large');
const report = buildReport(plan, { edition: 'full', generatedAt: new Date() });
const { svgs } = drawMaps(editionSource(plan, 'full'), reportMaps(report), MAP_DRAWERS);
function inline(node: any): any {
	if (Array.isArray(node)) return node.map(inline);
	if (!node || typeof node !== 'object') return node;
	const out: any = {};
	for (const [k, v] of Object.entries(node)) {
		if (k === 'style' && typeof v === 'string') Object.assign(out, (STYLES as any)[v]);
		else if (k === 'svg') out[k] = v;
		else out[k] = typeof v === 'object' ? inline(v) : v;
	}
	return out;
}
const res: Record<string, number[]> = { named: [], inline: [] };
for (let i = 0; i < 4; i++) {
	for (const mode of ['named', 'inline'] as const) {
		const def = reportToPdfDefinition(report, { pageSize: 'A4', maps: svgs });
		if (mode === 'inline') def.content = inline(def.content);
		const t = process.cpuUsage();
		const b = await renderPdf(def);
		const u = process.cpuUsage(t);
		res[mode]!.push(Math.round((u.user + u.system) / 1000));
		if (i === 0) console.log(mode, b.length);
	}
}
console.log(res);
