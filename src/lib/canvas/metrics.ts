/**
 * The canvas's fixed measures, in world units. One place, so the layout functions, the rendering and
 * the tests agree on how big a note is and how far apart things sit. Every note has the same size: a long
 * text scrolls inside its note instead of growing it, which keeps layout and overlap checks simple.
 */
import type { Size } from './geometry';

export const NOTE_SIZE: Size = { width: 160, height: 120 };

/** Space between two notes laid out side by side. */
export const NOTE_GAP = 16;

/** Space between a frame's edge and its notes. */
export const FRAME_PADDING = 24;

/** Room above a frame's notes for its name. */
export const FRAME_HEADER = 40;

/** Space between two frames laid out side by side. */
export const FRAME_GAP = 64;

/** How wide a row of frames grows before the default layout starts the next row. */
export const ROW_WIDTH = 2_400;

/** One arrow-key move of the selection; with Shift, the larger step. */
export const GRID_STEP = 20;
export const LARGE_STEP = 100;
