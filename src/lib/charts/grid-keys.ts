/**
 * Moving through a grid with the keyboard, as the ARIA Authoring Practices' data grid does: the grid
 * is one tab stop, and the arrow keys, Home and End (with Ctrl: the first and last cell) move the
 * focus between cells. Pure, so the page's heatmap holds only the focus call.
 */
export interface GridPosition {
	row: number;
	col: number;
}

/** The cell `key` moves to from `at` in a grid of `rows` × `cols`; undefined for any other key. */
export function moveInGrid(
	key: string,
	at: GridPosition,
	{ rows, cols }: { rows: number; cols: number },
	ctrl = false
): GridPosition | undefined {
	const clamp = (row: number, col: number) => ({
		row: Math.max(0, Math.min(rows - 1, row)),
		col: Math.max(0, Math.min(cols - 1, col))
	});
	switch (key) {
		case 'ArrowUp':
			return clamp(at.row - 1, at.col);
		case 'ArrowDown':
			return clamp(at.row + 1, at.col);
		case 'ArrowLeft':
			return clamp(at.row, at.col - 1);
		case 'ArrowRight':
			return clamp(at.row, at.col + 1);
		case 'Home':
			return clamp(ctrl ? 0 : at.row, 0);
		case 'End':
			return clamp(ctrl ? rows - 1 : at.row, cols - 1);
		default:
			return undefined;
	}
}
