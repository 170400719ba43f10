export function byDate<T extends { id: string; date: string }>(events: readonly T[]): T[];
