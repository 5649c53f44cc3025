// Radix's drop-down menu on its own, so it can be a chunk that comes after the first screen (menu-code.ts).
export { DropdownMenu } from 'radix-ui';
