import styles from './Table.module.css';

/** Shared look of every data table (clients, channels, trash). */
export const tableStyles = styles;
