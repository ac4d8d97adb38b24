/**
 * Chart.js, registered tree-shaken: only the controllers, elements, scales and plugins the app's
 * charts use. Imported only through `loadChartJs()` (a dynamic import), so it is a separate chunk.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export { Chart };
