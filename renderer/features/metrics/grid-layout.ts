import { METRICS } from '../../../shared/domain/metrics.ts';

/** Fixed sizes: every row has the same height, so the virtualizer never measures (2,000 rows stay cheap). */
export const ROW_HEIGHT = 48;
export const POST_WIDTH = 300;
export const METRIC_WIDTH = 100;
export const RATE_WIDTH = 120;

export const GRID_WIDTH = POST_WIDTH + METRICS.length * METRIC_WIDTH + RATE_WIDTH;

/** The post, the metrics, the engagement rate: one CSS grid template shared by the header and the rows. */
export const GRID_COLUMNS = `${POST_WIDTH}px repeat(${METRICS.length}, ${METRIC_WIDTH}px) ${RATE_WIDTH}px`;

/** aria-colcount: the post, each metric, the rate. */
export const COLUMN_COUNT = METRICS.length + 2;
