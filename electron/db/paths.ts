/** The data file's name inside the data folder. */
export const DB_FILE = 'calepin.sqlite';
