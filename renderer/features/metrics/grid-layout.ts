/** Fixed sizes: every row has the same height, so the virtualizer never measures (2,000 rows stay cheap). */
export const ROW_HEIGHT = 48;
export const POST_WIDTH = 280;
export const METRIC_WIDTH = 96;
export const RATE_WIDTH = 120;

/**
 * The post, the metrics shown, the engagement rate: one CSS grid template shared by the header and
 * the rows, and the width they make.
 */
export const gridLayout = (shown: number) => ({
  columns: `${POST_WIDTH}px repeat(${shown}, ${METRIC_WIDTH}px) ${RATE_WIDTH}px`,
  width: POST_WIDTH + shown * METRIC_WIDTH + RATE_WIDTH,
});
