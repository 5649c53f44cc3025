import { AS_SHIPPED_IN_50, installDashboardPosts } from '../dashboard-posts.ts';
import type { Db } from '../types.ts';
import type { Migration } from './types.ts';

/**
 * Every published post as the dashboard sums it, kept by triggers (issue 13): the dashboard read
 * each post's latest reading at read time, two seeks per post over a year of them. Filled here
 * from the posts and readings already in the file.
 */
export const dashboardPosts: Migration = {
  version: 50,
  name: 'dashboard-posts',
  up(db: Db) {
    // Its triggers as they shipped; migration 60 replaced the post ones.
    installDashboardPosts(db, AS_SHIPPED_IN_50);
  },
};
